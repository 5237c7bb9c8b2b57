package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Actors;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.AutoResponseRepository;
import io.ticketflow.ticket.internal.AutoResponseText;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketViews;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A queue's automatic answers to customers: new ticket received, follow-up received, follow-up rejected. Each is
 * written as a system article of the ticket (and so mailed) in the customer's language; whether to answer at all is
 * the caller's decision, since only it knows whether the message came from a robot.
 */
@Service
@Transactional
public class AutoResponses {

	private final TicketLedger ledger;

	private final QueueRepository queues;

	private final AutoResponseRepository texts;

	private final Customers customers;

	private final Rights rights;

	AutoResponses(TicketLedger ledger, QueueRepository queues, AutoResponseRepository texts, Customers customers,
			Rights rights) {
		this.ledger = ledger;
		this.queues = queues;
		this.texts = texts;
		this.customers = customers;
		this.rights = rights;
	}

	/** Answers the ticket's customer automatically; returns the article written. */
	public ArticleView respond(String number, AutoResponseKind kind) {
		Ticket ticket = ledger.ticket(number);
		Queue queue = ledger.queue(ticket.queueId());
		CustomerView customer = customers.byId(ticket.customerId());
		AutoResponseView text = text(queue, kind, customer.languageOrDefault());
		Map<String, String> values = Map.of("ticket", ticket.number(), "title", ticket.title(), "queue", queue.name(),
				"customer", customer.name() == null ? customer.email() : customer.name());
		String subject = TicketNumber.tag(ticket.number()) + " " + fill(text.subject(), values);
		ArticleDraft response = ArticleDraft.system(customer.email(), subject, fill(text.body(), values));
		return AgentArticles.written(ledger.change(ticket, Actors.SYSTEM, (t, act) -> t.respondAutomatically(response, act)));
	}

	@Transactional(readOnly = true)
	/** A queue's text is read by those who see the queue's tickets: it may name what the queue keeps internal. */
	public AutoResponseView text(String reader, String queueName, AutoResponseKind kind, Language language) {
		Queue queue = queue(queueName);
		rights.requireMaySee(reader, queue.groupId());
		return text(queue, kind, language);
	}

	public AutoResponseView rewrite(String admin, String queueName, AutoResponseKind kind, Language language,
			String subject, String body) {
		rights.requireAdmin(admin);
		Queue queue = queue(queueName);
		AutoResponseText text = texts.find(queue.id(), kind, language.code())
			.orElseGet(() -> new AutoResponseText(queue.id(), kind, language));
		text.rewrite(subject, body, admin, ledger.now());
		texts.save(text);
		return text(queue, kind, language);
	}

	/** The queue's own text in the language, or the help desk's ({@link CustomerTexts}). */
	private AutoResponseView text(Queue queue, AutoResponseKind kind, Language language) {
		String key = "auto-response." + kind.code() + ".";
		return texts.find(queue.id(), kind, language.code())
			.map(t -> new AutoResponseView(queue.name(), kind, language, t.subject(), t.body()))
			.orElseGet(() -> new AutoResponseView(queue.name(), kind, language,
					CustomerTexts.text(language, key + "subject"), CustomerTexts.text(language, key + "body")));
	}

	private Queue queue(String name) {
		return queues.findByName(name).orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + name));
	}

	static String fill(String template, Map<String, String> values) {
		String text = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return text;
	}

	public record AutoResponseView(String queue, AutoResponseKind kind, Language language, String subject, String body) {
	}
}
