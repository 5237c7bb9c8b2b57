package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.rights.Rights;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and what the screens may offer them beyond a single ticket. */
@RestController
@Tag(name = "Signed in")
class SignedInController {

	private final Rights rights;

	SignedInController(Rights rights) {
		this.rights = rights;
	}

	/**
	 * @param mayOpenTickets opens tickets for customers (Tasklist's "New ticket")
	 * @param worksTickets works tickets at all; without it Tasklist offers no Claim
	 */
	record SignedIn(String user, boolean mayOpenTickets, boolean worksTickets) {
	}

	@GetMapping("/api/me")
	@Operation(summary = "The signed-in user and what the screens may offer them; every action is checked again")
	SignedIn me(Principal user) {
		return new SignedIn(user.getName(), rights.mayOpenTickets(user.getName()), rights.worksTickets(user.getName()));
	}
}
