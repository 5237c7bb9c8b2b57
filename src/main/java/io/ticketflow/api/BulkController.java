package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.process.WorkAction;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.HelpDeskException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.Limits;
import io.ticketflow.ticket.TicketNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An action on several tickets at once, each through the same rules, task and history as one at a time: a ticket
 * refused is reported with its reason and the others go on.
 */
@RestController
@Tag(name = "Tickets")
class BulkController {

	/** How many tickets one bulk action takes. */
	static final int MAX_TICKETS = 100;

	private final AgentArticles articles;

	private final TicketTasks tasks;

	private final Rights rights;

	private final TicketActions actions;

	BulkController(AgentArticles articles, TicketTasks tasks, Rights rights, TicketActions actions) {
		this.articles = articles;
		this.tasks = tasks;
		this.rights = rights;
		this.actions = actions;
	}

	@PostMapping("/api/tickets/bulk")
	@Operation(summary = "Add the same internal note to several tickets, move them to another queue and/or agent "
			+ "(transfer: queue, agent), set their priority (priority), set them pending (pendingType reminder or "
			+ "autoClose, pendingUntil), merge them into one ticket (into), or close them (resolution successful or "
			+ "unsuccessful); each ticket is done or refused on its own, and the answer says which")
	BulkResult bulk(@Valid @RequestBody Bulk bulk, Principal user,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		// those who never write on a ticket (observers, managers) are refused at once, not ticket by ticket
		if (!rights.worksTickets(user.getName())) {
			throw new ForbiddenException(user.getName() + " works no tickets");
		}
		if ("note".equals(bulk.action()) && (bulk.body() == null || bulk.body().isBlank())) {
			throw new InvalidInputException("body", "a note has a text");
		}
		if ("transfer".equals(bulk.action()) && blank(bulk.queue()) && blank(bulk.agent())) {
			throw new InvalidInputException("queue", "a transfer names a queue, an agent or both");
		}
		requireGiven("priority", bulk.action(), "priority", bulk.priority());
		requireGiven("pending", bulk.action(), "pendingType", bulk.pendingType());
		requireGiven("pending", bulk.action(), "pendingUntil", bulk.pendingUntil());
		requireGiven("merge", bulk.action(), "into", bulk.into());
		List<Outcome> outcomes = new ArrayList<>();
		for (String number : new LinkedHashSet<>(bulk.tickets())) {
			try {
				apply(bulk, number, user.getName());
				outcomes.add(new Outcome(number, true, 200, null));
			}
			catch (HelpDeskException refused) {
				outcomes.add(new Outcome(number, false, refused.status(), refused.getMessage()));
			}
			catch (AuthorizationException refused) {
				outcomes.add(new Outcome(number, false, 403, user.getName() + " may not work ticket " + number));
			}
			catch (OptimisticLockingException changed) {
				outcomes.add(new Outcome(number, false, 409, "ticket " + number + " changed meanwhile; try it again"));
			}
			catch (ProcessEngineException refused) {
				// whatever else the ticket's process refuses (e.g. two open tasks where one was expected) stops this
				// ticket only, as a conflict with its state, never as a failure of the whole selection
				outcomes.add(new Outcome(number, false, 409, "the process of ticket " + number + " refused the step"));
			}
		}
		// each refusal in the language of whoever asked, as the API's problems are
		Language language = Language.asked(null, accepted);
		return new BulkResult(outcomes.stream().filter(Outcome::done).count(), outcomes.stream()
			.map(o -> new Outcome(o.ticket(), o.done(), o.status(),
					Translations.sentence(Translations.MESSAGES, language, o.problem())))
			.toList());
	}

	/** One ticket of the selection, through the same step as on its own. */
	private void apply(Bulk bulk, String number, String user) {
		switch (bulk.action()) {
			case "note" -> articles.note(number, user, bulk.body());
			case "transfer" -> {
				Map<String, Object> target = new HashMap<>();
				if (!blank(bulk.queue())) {
					target.put("targetQueue", bulk.queue().strip());
				}
				if (!blank(bulk.agent())) {
					target.put("targetAgent", bulk.agent().strip());
				}
				tasks.work(number, user, WorkAction.TRANSFER, target);
			}
			case "priority" -> actions.changePriority(number, bulk.priority(), user);
			case "pending" -> tasks.work(number, user, WorkAction.PENDING,
					Map.of("pendingType", bulk.pendingType(), "pendingUntil", bulk.pendingUntil()));
			case "merge" -> tasks.work(number, user, WorkAction.MERGE, Map.of("mergeInto", bulk.into().strip()));
			default -> tasks.work(number, user, WorkAction.CLOSE,
					Map.of("resolution", bulk.resolution() == null ? "successful" : bulk.resolution()));
		}
	}

	private static void requireGiven(String action, String chosen, String field, Object value) {
		if (action.equals(chosen) && (value == null || value.toString().isBlank())) {
			throw new InvalidInputException(field, action + " needs " + field);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * @param action note, transfer, priority, pending, merge or close
	 * @param body the note's text
	 * @param queue for transfer: the queue the tickets move to
	 * @param agent for transfer: the agent who works them next (in that queue)
	 * @param priority for priority: 1 (very low) to 5 (very high)
	 * @param pendingType for pending: reminder or autoClose
	 * @param pendingUntil for pending: until when, ISO date and time
	 * @param into for merge: the number of the ticket they are merged into
	 * @param resolution for close: successful (the default) or unsuccessful
	 */
	record Bulk(@NotEmpty @Size(max = MAX_TICKETS) List<@NotBlank @Size(max = TicketNumber.MAX_LENGTH) String> tickets,
			@NotBlank @Pattern(regexp = "note|transfer|priority|pending|merge|close") String action,
			@Size(max = Limits.BODY) String body, @Size(max = 100) String queue, @Size(max = 64) String agent,
			@Min(1) @Max(5) Integer priority, @Pattern(regexp = "reminder|autoClose") String pendingType,
			@Size(max = 40) String pendingUntil, @Size(max = TicketNumber.MAX_LENGTH) String into,
			@Pattern(regexp = "successful|unsuccessful") String resolution) {
	}

	/** Each ticket, done or refused with the status and reason it would have got on its own. */
	record Outcome(String ticket, boolean done, int status, String problem) {
	}

	record BulkResult(long done, List<Outcome> tickets) {
	}
}
