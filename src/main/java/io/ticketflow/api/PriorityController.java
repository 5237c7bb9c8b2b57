package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's priority, set by those who answer its customer. */
@RestController
@Tag(name = "Tickets")
class PriorityController {

	private final TicketActions actions;

	private final TicketQueries queries;

	PriorityController(TicketActions actions, TicketQueries queries) {
		this.actions = actions;
		this.queries = queries;
	}

	@PutMapping("/api/tickets/{number}/priority")
	@Operation(summary = "Set the ticket's priority, 1 (very low) to 5 (very high) (those who answer customers in its "
			+ "queue; a sensitive customer's ticket stays at 4 or above); answers the ticket")
	TicketView changePriority(@PathVariable String number, @Valid @RequestBody Priority priority, Principal user) {
		String ticket = new TicketNumber(number).value();
		actions.changePriority(ticket, priority.priority(), user.getName());
		return queries.ticket(ticket);
	}

	record Priority(@NotNull @Min(1) @Max(5) Integer priority) {
	}
}
