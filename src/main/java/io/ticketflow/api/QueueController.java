package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketQueries;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/queues")
@Tag(name = "Queues")
class QueueController {

	private final TicketQueries queries;

	QueueController(TicketQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "The queues and the groups that work them")
	List<QueueView> queues() {
		return queries.queues();
	}
}
