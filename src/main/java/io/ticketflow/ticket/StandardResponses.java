package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.QueueText;
import io.ticketflow.ticket.internal.QueueTextRepository;
import io.ticketflow.ticket.internal.StandardResponseRepository;
import io.ticketflow.ticket.internal.StandardResponseText;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies agents need not write: standard responses with placeholders ({{salutation}}, {{signature}},
 * {{customer}}, {{ticket}}, {{title}}, {{agent}} — the agent's full name —, {{queue}} and what the caller adds),
 * framed by the salutation and signature of the ticket's queue in the customer's language (else the queue's for every
 * language, else the help desk's in the customer's language). The
 * help desk's own responses are in texts/customer*.properties; an administrator may rewrite each, and add others.
 */
@Service
@Transactional
public class StandardResponses {

	/** The reply that carries an FAQ answer; {{faq}} is the answer's text. */
	public static final String FAQ_ANSWER = "faq_answer";

	private static final String DEFAULT = "standard-response.";

	private final TicketLedger ledger;

	private final StandardResponseRepository texts;

	private final QueueRepository queues;

	private final QueueTextRepository queueTexts;

	private final Customers customers;

	private final Rights rights;

	StandardResponses(TicketLedger ledger, StandardResponseRepository texts, QueueRepository queues,
			QueueTextRepository queueTexts, Customers customers, Rights rights) {
		this.ledger = ledger;
		this.texts = texts;
		this.queues = queues;
		this.queueTexts = queueTexts;
		this.customers = customers;
		this.rights = rights;
	}

	@Transactional(readOnly = true)
	public String render(String name, long ticketId, String agent, Map<String, String> extra) {
		Ticket ticket = ledger.ticket(ticketId);
		CustomerView customer = customers.byId(ticket.customerId());
		return AutoResponses.fill(body(name, customer.languageOrDefault()), values(ticket, customer, agent, extra));
	}

	/**
	 * The reply signed: the queue's signature (or the help desk's, in the customer's language) with the agent's full
	 * name, added below the text unless the text carries it already, as a standard response does.
	 */
	@Transactional(readOnly = true)
	public String signed(String body, long ticketId, String agent) {
		Ticket ticket = ledger.ticket(ticketId);
		String signature = values(ticket, customers.byId(ticket.customerId()), agent, Map.of()).get("signature").strip();
		return signature.isEmpty() || body.contains(signature) ? body : body.stripTrailing() + "\n\n" + signature;
	}

	private Map<String, String> values(Ticket ticket, CustomerView customer, String agent, Map<String, String> extra) {
		Queue queue = ledger.queue(ticket.queueId());
		Map<String, String> values = new HashMap<>(extra);
		values.put("customer", customer.name() == null ? customer.email() : customer.name());
		values.put("ticket", ticket.number());
		values.put("title", ticket.title());
		values.put("agent", rights.nameOf(agent));
		values.put("queue", queue.name());
		Language language = customer.languageOrDefault();
		QueueText own = queueTexts.find(queue.id(), language.code()).orElse(null);
		values.put("salutation", AutoResponses.fill(or(own == null ? null : own.salutation(),
				or(queue.salutation(), CustomerTexts.text(language, "salutation"))), values));
		values.put("signature", AutoResponses.fill(or(own == null ? null : own.signature(),
				or(queue.signature(), CustomerTexts.text(language, "signature"))), values));
		return values;
	}

	/** A standard response filled in for a ticket the reader sees, to start a reply from. */
	@Transactional(readOnly = true)
	public String render(String reader, String number, String name) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(reader, ledger.queueGroup(ticket));
		return render(name, ticket.id(), reader, Map.of());
	}

	/** The names of the standard responses: the help desk's own and those an administrator added. */
	@Transactional(readOnly = true)
	public List<String> names(String reader) {
		rights.requireMayWriteToCustomer(reader);
		Set<String> names = new TreeSet<>(CustomerTexts.names(DEFAULT));
		texts.findAll().forEach(t -> names.add(t.name()));
		names.remove(FAQ_ANSWER);
		return List.copyOf(names);
	}

	private String body(String name, Language language) {
		return texts.findByName(name).map(StandardResponseText::body).orElseGet(() -> {
			if (!CustomerTexts.names(DEFAULT).contains(name)) {
				throw new InvalidInputException("name", "no standard response " + name);
			}
			return CustomerTexts.text(language, DEFAULT + name);
		});
	}

	public void rewrite(String admin, String name, String body) {
		rights.requireAdmin(admin);
		StandardResponseText text = texts.findByName(name).orElseGet(() -> new StandardResponseText(name));
		text.rewrite(body, admin, ledger.now());
		texts.save(text);
	}

	/**
	 * A queue's salutation and signature in the language of the given code, or for every language without its own
	 * (code null). Who is no administrator is refused before the code is read.
	 */
	public void writeQueueTexts(String admin, String queueName, String languageCode, String salutation,
			String signature) {
		rights.requireAdmin(admin);
		writeQueueTexts(admin, queueName, languageCode == null ? null : Language.of(languageCode, "language"), salutation,
				signature);
	}

	/** A queue's salutation and signature in one language, or for every language without its own (language null). */
	public void writeQueueTexts(String admin, String queueName, Language language, String salutation, String signature) {
		rights.requireAdmin(admin);
		Queue queue = queues.findByName(queueName)
			.orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + queueName));
		if (language == null) {
			queue.writeTexts(salutation, signature);
			queues.save(queue);
			return;
		}
		QueueText text = queueTexts.find(queue.id(), language.code()).orElseGet(() -> new QueueText(queue.id(), language));
		text.rewrite(salutation, signature, admin, ledger.now());
		queueTexts.save(text);
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
