package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.TicketWatchers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agents who watch a ticket and hear of every message of its customer and every change of its state. */
@RestController
@Tag(name = "Tickets")
class WatchController {

	private final TicketWatchers watchers;

	WatchController(TicketWatchers watchers) {
		this.watchers = watchers;
	}

	@GetMapping("/api/tickets/{number}/watchers")
	@Operation(summary = "Who watches the ticket (those who see it)")
	List<String> watchers(@PathVariable String number, Principal user) {
		return watchers.of(user.getName(), number);
	}

	@PutMapping("/api/tickets/{number}/watch")
	@Operation(summary = "Start or stop watching the ticket myself (those who work its queue); answers who watches now")
	List<String> watch(@PathVariable String number, @Valid @RequestBody Watch watch, Principal user) {
		return watchers.watch(user.getName(), number, watch.watching());
	}

	record Watch(@NotNull Boolean watching) {
	}
}
