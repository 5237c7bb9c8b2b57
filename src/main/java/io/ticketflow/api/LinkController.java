package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.LinkKind;
import io.ticketflow.ticket.LinkView;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tickets that belong together: links between tickets, and a ticket split off from another's article. */
@RestController
@Tag(name = "Tickets")
class LinkController {

	private final TicketLinks links;

	LinkController(TicketLinks links) {
		this.links = links;
	}

	@GetMapping("/api/tickets/{number}/links")
	@Operation(summary = "The tickets linked to this one that I may see, each with what it is to this one: related, "
			+ "parent or child")
	List<LinkView> links(@PathVariable String number, Principal user) {
		return links.of(user.getName(), number);
	}

	@PostMapping("/api/tickets/{number}/links")
	@Operation(summary = "Link another ticket to this one as related, parent or child (what the other one is to this "
			+ "one); whoever links works both; both histories say so")
	ResponseEntity<LinkView> link(@PathVariable String number, @Valid @RequestBody NewLink link, Principal user) {
		LinkView linked = links.link(user.getName(), number, link.ticket(), LinkKind.of(link.kind()));
		return ResponseEntity.created(URI.create("/api/tickets/" + number + "/links")).body(linked);
	}

	@PostMapping("/api/tickets/{number}/articles/{id}/split")
	@Operation(summary = "Make a new ticket of one of this ticket's articles: the same customer, the chosen queue, "
			+ "the article's words first; the article stays here too and the two tickets are related")
	ResponseEntity<TicketView> split(@PathVariable String number, @PathVariable long id, @Valid @RequestBody Split split,
			Principal user) {
		TicketView created = links.split(user.getName(), number, id, split.queue(), split.title());
		return ResponseEntity.created(URI.create("/api/tickets/" + created.number())).body(created);
	}

	/** @param kind what the other ticket is to this one: related, parent or child */
	record NewLink(@NotBlank @Size(max = TicketNumber.MAX_LENGTH) String ticket, @NotBlank @Size(max = 20) String kind) {
	}

	/** @param title the new ticket's title; the article's subject when absent */
	record Split(@NotBlank @Size(max = 100) String queue, @Size(max = 255) String title) {
	}
}
