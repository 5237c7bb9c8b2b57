package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.Labels;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels")
class LabelController {

	@GetMapping("/api/labels")
	@Operation(summary = "The words for the ticket's codes: states, article kinds, history types, ticket types; in the "
			+ "language asked for (lang, else the first of Accept-Language the help desk speaks, else English)")
	Labels labels(@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		return Labels.in(Language.asked(lang, accepted));
	}
}
