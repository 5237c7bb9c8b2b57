package io.ticketflow.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.Labels;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels")
class LabelController {

	/** The ticket's words, and the pages' words ({@link ScreenWords}) beside them. */
	record Words(@JsonUnwrapped Labels labels, Map<String, String> screens) {
	}

	@GetMapping("/api/labels")
	@Operation(summary = "The words for the ticket's codes (states, article kinds, history types, ticket types) and "
			+ "for the help desk's pages in the webapps (screens: from each English text to its words); in the "
			+ "language asked for (lang, else the first of Accept-Language the help desk speaks, else English)")
	Words labels(@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		Language language = Language.asked(lang, accepted);
		return new Words(Labels.in(language), ScreenWords.in(language));
	}
}
