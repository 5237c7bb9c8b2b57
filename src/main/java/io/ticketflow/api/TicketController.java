package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.ProcessStep;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.shared.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.ticket.Limits;
import io.ticketflow.ticket.TicketFilter;
import io.ticketflow.ticket.TicketHit;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
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

	/** How a list found by a text is ordered unless another sort is asked for. */
	static final String RELEVANCE = "relevance";

	@GetMapping
	@Operation(summary = "List tickets, newest first or sorted, filtered by state, queue, customer, company, when "
			+ "they were opened, whether they are answered, still active, mine or of my queues, and found by a text")
	PageView<TicketRow> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String queue, @RequestParam(required = false) String customer,
			@RequestParam(required = false) @Parameter(description = "the company's name, in any case") String company,
			@RequestParam(required = false) Boolean unanswered,
			@RequestParam(required = false)
			@Parameter(description = "true: new, open and pending tickets; false: closed and merged ones") Boolean active,
			@RequestParam(required = false)
			@Parameter(description = "true: the tickets I own or am responsible for") Boolean mine,
			@RequestParam(required = false)
			@Parameter(description = "true: the tickets of the queues whose group I am in") Boolean myQueues,
			@RequestParam(required = false) @Size(max = Limits.QUERY) @Pattern(regexp = "[^\\x00]*")
			@Parameter(description = "words looked for in the number, customer (address, name, company), title, "
					+ "articles and files' names; \"a phrase\", -excluded and or are understood on PostgreSQL. "
					+ "The list is then best match first, each with a snippet, unless sorted otherwise") String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
			@Parameter(description = "opened at or after this instant (ISO 8601)") Instant createdFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
			@Parameter(description = "opened before this instant (ISO 8601)") Instant createdTo,
			@RequestParam(required = false)
			@Parameter(description = "relevance (with q; its default), created (the default otherwise), changed, "
					+ "priority, state, title, owner, responsible or answered") String sort,
			@RequestParam(defaultValue = "desc") @Pattern(regexp = "asc|desc") String direction,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Principal user) {
		String text = q == null || q.isBlank() ? null : q.strip();
		TicketFilter filter = new TicketFilter(state == null ? null : TicketState.of(state), queue, customer,
				unanswered, active, mine, myQueues, text, company, createdFrom, createdTo);
		String by = sort != null ? sort : text != null ? RELEVANCE : "created";
		PageRequest request;
		if (by.equals(RELEVANCE)) {
			if (text == null) {
				throw new InvalidInputException("sort", "a list is sorted by relevance only when it is found by a text (q)");
			}
			request = PageRequest.of(page, size);
		}
		else if (SORTS.containsKey(by)) {
			request = PageRequest.of(page, size,
					Sort.by(Sort.Direction.fromString(direction), SORTS.get(by)).and(Sort.by(Sort.Order.desc("id"))));
		}
		else {
			throw new InvalidInputException("sort", "a list sorts by one of " + RELEVANCE + ", "
					+ String.join(", ", SORTS.keySet()));
		}
		return PageView.of(queries.search(user.getName(), filter, request)).map(TicketRow::of);
	}

	/** A ticket in a list: its properties and, when found by a text, how well it matched and where. */
	record TicketRow(@JsonUnwrapped TicketView ticket,
			@JsonInclude(JsonInclude.Include.NON_NULL)
			@Schema(description = "the matched words in their context: HTML-escaped, each matched word a <mark>") String snippet,
			@JsonInclude(JsonInclude.Include.NON_NULL) Double score) {

		static TicketRow of(TicketHit hit) {
			return new TicketRow(hit.ticket(), hit.snippet(), hit.score());
		}
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
