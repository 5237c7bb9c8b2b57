package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.ProcessStep;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.TicketFilter;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.HistoryView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets over HTTP. There is deliberately no way to delete one. */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Tickets")
class TicketController {

	private final TicketOpening opening;

	private final TicketQueries queries;

	private final TicketTasks tasks;

	private final TicketDetails.Drawing details;

	TicketController(TicketOpening opening, TicketQueries queries, TicketTasks tasks, TicketDetails.Drawing details) {
		this.opening = opening;
		this.queries = queries;
		this.tasks = tasks;
		this.details = details;
	}

	@PostMapping
	@Operation(summary = "Open a ticket taken by phone or from a web form")
	ResponseEntity<TicketView> open(@Valid @RequestBody OpenTicket ticket, Principal user) {
		TicketView opened = opening.open(ticket, user.getName());
		return ResponseEntity.created(URI.create("/api/tickets/" + opened.number())).body(opened);
	}

	/** The columns a ticket list sorts by, as the list names them, and the ticket's field behind each. */
	static final Map<String, String> SORTS = Map.of("created", "id", "changed", "changedAt", "priority", "priority",
			"state", "state", "title", "title", "owner", "owner", "responsible", "responsible", "answered", "answered");

	@GetMapping
	@Operation(summary = "List tickets, newest first or sorted, filtered by state, queue, customer, whether they are "
			+ "answered, still active, mine or of my queues")
	PageView<TicketView> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String queue, @RequestParam(required = false) String customer,
			@RequestParam(required = false) Boolean unanswered,
			@RequestParam(required = false)
			@Parameter(description = "true: new, open and pending tickets; false: closed and merged ones") Boolean active,
			@RequestParam(required = false)
			@Parameter(description = "true: the tickets I own or am responsible for") Boolean mine,
			@RequestParam(required = false)
			@Parameter(description = "true: the tickets of the queues whose group I am in") Boolean myQueues,
			@RequestParam(defaultValue = "created")
			@Parameter(description = "created, changed, priority, state, title, owner, responsible or answered") String sort,
			@RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Principal user) {
		TicketFilter filter = new TicketFilter(state == null ? null : TicketState.of(state), queue, customer,
				unanswered, active, mine, myQueues);
		if (!SORTS.containsKey(sort)) {
			throw new InvalidInputException("sort", "a list sorts by one of " + String.join(", ", SORTS.keySet()));
		}
		Sort order = Sort.by(Sort.Direction.fromString(direction), SORTS.get(sort)).and(Sort.by(Sort.Order.desc("id")));
		return PageView.of(queries.search(user.getName(), filter, PageRequest.of(page, size, order)));
	}

	@GetMapping("/{number}")
	@Operation(summary = "A ticket's properties and the tasks waiting in its process")
	TicketDetails ticket(@PathVariable String number, Principal user) {
		return details.of(new TicketNumber(number).value(), user.getName());
	}

	@GetMapping("/{number}/attachments/{id}")
	@Operation(summary = "A file of one of the ticket's articles, as it came")
	ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id, Principal user) {
		queries.requireVisible(user.getName(), number);
		TicketQueries.AttachmentContent file = queries.attachment(number, id);
		return ResponseEntity.ok()
			.contentType(mediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private static MediaType mediaType(String declared) {
		try {
			return MediaType.parseMediaType(declared);
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	@GetMapping("/{number}/process-history")
	@Operation(summary = "The steps the ticket's process went through, oldest first, finished tickets too")
	List<ProcessStep> processHistory(@PathVariable String number, Principal user) {
		queries.requireVisible(user.getName(), number);
		return tasks.steps(new TicketNumber(number).value());
	}

	@GetMapping("/{number}/history")
	@Operation(summary = "Everything that happened to a ticket, oldest first")
	List<HistoryView> history(@PathVariable String number, Principal user) {
		queries.requireVisible(user.getName(), number);
		return queries.history(number);
	}
}
