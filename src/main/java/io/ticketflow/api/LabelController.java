package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.Labels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels")
class LabelController {

	@GetMapping("/api/labels")
	@Operation(summary = "The words for the ticket's codes: states, article kinds, history types, ticket types")
	Labels labels() {
		return Labels.all();
	}
}
