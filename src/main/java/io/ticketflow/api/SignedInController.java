package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.Directory;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and what the screens may offer them beyond a single ticket. */
@RestController
@Tag(name = "Signed in")
class SignedInController {

	private final Rights rights;

	private final Directory directory;

	SignedInController(Rights rights, Directory directory) {
		this.rights = rights;
		this.directory = directory;
	}

	/**
	 * @param mayOpenTickets opens tickets for customers (Tasklist's "New ticket")
	 * @param worksTickets works tickets at all; without it Tasklist offers no Claim
	 * @param language the language the help desk's mails to them are written in
	 * @param languages the languages the help desk writes
	 */
	record SignedIn(String user, boolean mayOpenTickets, boolean worksTickets, Language language,
			List<Language> languages) {
	}

	record MyLanguage(@NotBlank String language) {
	}

	@GetMapping("/api/me")
	@Operation(summary = "The signed-in user and what the screens may offer them; every action is checked again")
	SignedIn me(Principal user) {
		return new SignedIn(user.getName(), rights.mayOpenTickets(user.getName()), rights.worksTickets(user.getName()),
				directory.languageOf(user.getName()).orElse(Language.DEFAULT), Arrays.asList(Language.values()));
	}

	@PutMapping("/api/me/language")
	@Operation(summary = "The language the signed-in user reads the help desk in, for the mails it sends them; the "
			+ "webapps set it to the language they speak to the user. Everyone sets their own")
	ResponseEntity<Void> readIn(Principal user, @RequestBody @Valid MyLanguage language) {
		directory.readsIn(user.getName(), Language.of(language.language(), "language"));
		return ResponseEntity.noContent().build();
	}
}
