package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailSettings;
import io.ticketflow.process.Directory;
import io.ticketflow.process.TaskWaiting;
import io.ticketflow.process.Waiting;
import io.ticketflow.rights.Persona;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import io.ticketflow.sla.EscalationLevel;
import io.ticketflow.sla.EscalationReached;
import io.ticketflow.sla.EscalationTexts;
import io.ticketflow.ticket.Codes;
import io.ticketflow.ticket.CustomerFollowedUp;
import io.ticketflow.ticket.Labels;
import io.ticketflow.ticket.ReplyHeldForReview;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketSettings;
import io.ticketflow.ticket.TicketStateChanged;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.TicketWatchers;
import io.ticketflow.ticket.WorkReleased;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails agents what waits for them: a new ticket to triage or in their queue, a consultation, authorization or
 * review, a customer's follow-up on their ticket. The outbox rows are written just before the change commits, in
 * its transaction: one commit for both, and no notification about a change that did not happen.
 */
@Component
class AgentNotifications {

	/**
	 * The mails' words in other languages than English, from each English text to its words
	 * (texts/agent-mails_ru.json); the English is written here and in what the mails name (waits, deadlines).
	 */
	static final String TEXTS = "texts/agent-mails";

	static final String WROTE_AGAIN = "The customer wrote again";

	static final String WORK_RELEASED = "Your work on the ticket went back to the queue";

	static final String STATE_CHANGED = "State changed from {0} to {1}";

	static final String ESCALATION = "{0} {1} (due {2})";

	static final String BODY = "{0}.\n\nTicket {1}: {2}\nCustomer: {3}\nQueue: {4}\n\nOpen Tasklist: {5}\n";

	private final OutboxRepository outbox;

	private final Directory directory;

	private final TicketQueries tickets;

	private final MailSettings settings;

	private final TicketSettings ticketSettings;

	private final String tasklist;

	private final Rights rights;

	private final Clock clock;

	private final TicketWatchers watchers;

	AgentNotifications(OutboxRepository outbox, Directory directory, TicketQueries tickets, MailSettings settings,
			TicketSettings ticketSettings, @Value("${ticketflow.base-url:http://localhost:8080}") String baseUrl,
			Rights rights, Clock clock, TicketWatchers watchers) {
		this.clock = clock;
		this.watchers = watchers;
		this.outbox = outbox;
		this.directory = directory;
		this.rights = rights;
		this.tickets = tickets;
		this.settings = settings;
		this.ticketSettings = ticketSettings;
		this.tasklist = baseUrl + "/camunda/app/tasklist/";
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(TaskWaiting task) {
		if (task.what() == Waiting.REVIEW) {
			return; // announced with the held reply, which knows whose it is
		}
		Set<String> users = task.assignee() == null ? Set.of() : Set.of(task.assignee());
		Map<String, Language> recipients = directory.addresseesOf(users, task.candidateGroups());
		if (!recipients.isEmpty()) {
			notify(task.ticketId(), tickets.ticket(task.ticketId()), language -> words(language, task.what().label()),
					recipients);
		}
	}

	/**
	 * A trainee's reply waits in the queue's group for a review. Not everyone there may review it: the trainee who
	 * wrote it, other trainees and observers hear nothing of it; the rule is the one the review itself obeys.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(ReplyHeldForReview held) {
		TicketView ticket = tickets.ticket(held.ticketId());
		Set<String> reviewers = tickets.queues().stream().filter(q -> q.name().equals(ticket.queue()))
			.flatMap(q -> directory.membersOf(q.group()).stream()).filter(user -> mayReview(user, held.trainee()))
			.collect(Collectors.toSet());
		Map<String, Language> recipients = directory.addresseesOf(reviewers, Set.of());
		if (!recipients.isEmpty()) {
			notify(held.ticketId(), ticket, language -> words(language, Waiting.REVIEW.label()), recipients);
		}
	}

	private boolean mayReview(String user, String trainee) {
		try {
			rights.requireMayReview(user, trainee);
			return true;
		}
		catch (ForbiddenException notAReviewer) {
			return false;
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(CustomerFollowedUp followUp) {
		TicketView ticket = tickets.ticket(followUp.ticketId());
		Set<String> agents = new HashSet<>();
		if (ticket.owner() != null) {
			agents.add(ticket.owner());
		}
		if (ticket.responsible() != null) {
			agents.add(ticket.responsible());
		}
		agents.addAll(watchers.of(followUp.ticketId()));
		notify(followUp.ticketId(), ticket, language -> words(language, WROTE_AGAIN),
				directory.addresseesOf(agents, Set.of()));
	}

	/** An agent whose work on a ticket went back to the queue without their doing (the unlock timeout) hears of it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(WorkReleased released) {
		if (!released.agent().equals(released.actor())) {
			notify(released.ticketId(), tickets.ticket(released.ticketId()), language -> words(language, WORK_RELEASED),
					directory.addresseesOf(Set.of(released.agent()), Set.of()));
		}
	}

	/** Those who watch a ticket hear of each change of its state, except the one who made it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(TicketStateChanged changed) {
		Set<String> watching = new HashSet<>(watchers.of(changed.ticketId()));
		watching.remove(changed.actor());
		if (!watching.isEmpty()) {
			notify(changed.ticketId(), tickets.ticket(changed.ticketId()), language -> {
				Map<String, String> states = Labels.in(language).states();
				return Translations.fill(TEXTS, language, STATE_CHANGED, states.get(Codes.code(changed.from())),
						states.get(Codes.code(changed.to())));
			}, directory.addresseesOf(watching, Set.of()));
		}
	}

	/**
	 * A deadline comes near or passed: the agent working the ticket hears of it, or its queue's agents when nobody
	 * works it; on a breach, the managers too.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void on(EscalationReached escalation) {
		TicketView ticket = tickets.ticket(escalation.ticketId());
		String agent = ticket.responsible() != null ? ticket.responsible() : ticket.owner();
		Set<String> users = new HashSet<>();
		Set<String> groups = new HashSet<>();
		if (agent != null) {
			users.add(agent);
		}
		else {
			tickets.queues().stream().filter(q -> q.name().equals(ticket.queue())).forEach(q -> groups.add(q.group()));
		}
		if (escalation.level() == EscalationLevel.BREACH) {
			groups.add(Persona.MANAGERS.group());
		}
		notify(escalation.ticketId(), ticket, language -> Translations.fill(TEXTS, language, ESCALATION,
				words(language, EscalationTexts.of(escalation.deadline())),
				words(language, EscalationTexts.of(escalation.level())), EscalationTexts.moment(escalation.dueAt())),
				directory.addresseesOf(users, groups));
	}

	/**
	 * Mails each recipient what happened, in the language they read the help desk in. The ticket is read by its id:
	 * it is already loaded in the change's transaction, no query asks for it again.
	 */
	private void notify(long ticketId, TicketView ticket, Function<Language, String> what,
			Map<String, Language> recipients) {
		String number = ticket.number();
		recipients.forEach((recipient, language) -> {
			String happened = what.apply(language);
			String subject = TicketNumber.tag(number) + " " + happened + ": " + ticket.title();
			String body = Translations.fill(TEXTS, language, BODY, happened, number, ticket.title(), ticket.customer(),
					ticket.queue(), tasklist);
			outbox.save(OutboxMessage.notification(ticketId, settings.from(), recipient, subject, body,
					"<notification." + UUID.randomUUID() + "@" + ticketSettings.mailDomain() + ">", clock.instant()));
		});
	}

	private static String words(Language language, String english) {
		return Translations.fill(TEXTS, language, english);
	}
}
