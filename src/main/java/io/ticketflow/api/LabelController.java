package io.ticketflow.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
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

	/**
	 * The words of the help desk's own pages in the webapps (the Ticket tab, the Tickets view, New ticket, the
	 * dashboard), which are written in English: texts/screens_xx.json for each other language.
	 */
	static final String SCREENS = "texts/screens";

	/** The ticket's words, and the pages' words beside them. */
	record Words(@JsonUnwrapped Labels labels, Map<String, String> screens) {
	}

	@GetMapping("/api/labels")
	@Operation(summary = "The words for the ticket's codes (states, article kinds, history types, ticket types) and "
			+ "for the help desk's pages in the webapps (screens: from each English text to its words); in the "
			+ "language asked for (lang, else the first of Accept-Language the help desk speaks, else English)")
	Words labels(@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		Language language = Language.asked(lang, accepted);
		return new Words(Labels.in(language), Translations.of(SCREENS, language));
	}
}
