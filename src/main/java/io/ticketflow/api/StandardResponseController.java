package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.StandardResponses;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The standard responses an agent starts a reply from. */
@RestController
@Tag(name = "Articles")
class StandardResponseController {

	private final StandardResponses responses;

	StandardResponseController(StandardResponses responses) {
		this.responses = responses;
	}

	@GetMapping("/api/standard-responses")
	@Operation(summary = "The names of the standard responses (those who write to customers)")
	List<String> names(Principal user) {
		return responses.names(user.getName());
	}

	@GetMapping("/api/tickets/{number}/standard-responses/{name}")
	@Operation(summary = "A standard response filled in for the ticket and me, in the customer's language: "
			+ "salutation, signature with my full name, the ticket's number and title")
	Filled filled(@PathVariable String number, @PathVariable @Size(max = 100) String name, Principal user) {
		return new Filled(name, responses.render(user.getName(), number, name));
	}

	record Filled(String name, String text) {
	}
}
