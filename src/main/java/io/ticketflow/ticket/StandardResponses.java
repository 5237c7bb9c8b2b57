package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.StandardResponseRepository;
import io.ticketflow.ticket.internal.StandardResponseText;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies agents need not write: standard responses with placeholders ({{salutation}}, {{signature}},
 * {{customer}}, {{ticket}}, {{title}}, {{agent}}, {{queue}} and what the caller adds), framed by the salutation
 * and signature of the ticket's queue.
 */
@Service
@Transactional
public class StandardResponses {

	/** The reply that carries an FAQ answer; {{faq}} is the answer's text. */
	public static final String FAQ_ANSWER = "faq_answer";

	static final Map<String, String> DEFAULTS = Map.of(FAQ_ANSWER, "{{salutation}}\n\n{{faq}}\n\n{{signature}}");

	static final String DEFAULT_SALUTATION = "Dear {{customer}},";

	static final String DEFAULT_SIGNATURE = "Kind regards,\n{{agent}}\n{{queue}} team";

	private final TicketLedger ledger;

	private final StandardResponseRepository texts;

	private final QueueRepository queues;

	private final Customers customers;

	private final Rights rights;

	StandardResponses(TicketLedger ledger, StandardResponseRepository texts, QueueRepository queues,
			Customers customers, Rights rights) {
		this.ledger = ledger;
		this.texts = texts;
		this.queues = queues;
		this.customers = customers;
		this.rights = rights;
	}

	@Transactional(readOnly = true)
	public String render(String name, long ticketId, String agent, Map<String, String> extra) {
		Ticket ticket = ledger.ticket(ticketId);
		Queue queue = ledger.queue(ticket.queueId());
		CustomerView customer = customers.byId(ticket.customerId());
		Map<String, String> values = new HashMap<>(extra);
		values.put("customer", customer.name() == null ? customer.email() : customer.name());
		values.put("ticket", ticket.number());
		values.put("title", ticket.title());
		values.put("agent", agent);
		values.put("queue", queue.name());
		values.put("salutation", AutoResponses.fill(or(queue.salutation(), DEFAULT_SALUTATION), values));
		values.put("signature", AutoResponses.fill(or(queue.signature(), DEFAULT_SIGNATURE), values));
		return AutoResponses.fill(body(name), values);
	}

	public String body(String name) {
		return texts.findByName(name).map(StandardResponseText::body).orElseGet(() -> {
			String text = DEFAULTS.get(name);
			if (text == null) {
				throw new InvalidInputException("name", "no standard response " + name);
			}
			return text;
		});
	}

	public void rewrite(String admin, String name, String body) {
		rights.requireAdmin(admin);
		StandardResponseText text = texts.findByName(name).orElseGet(() -> new StandardResponseText(name));
		text.rewrite(body, admin, ledger.now());
		texts.save(text);
	}

	public void writeQueueTexts(String admin, String queueName, String salutation, String signature) {
		rights.requireAdmin(admin);
		Queue queue = queues.findByName(queueName)
			.orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + queueName));
		queue.writeTexts(salutation, signature);
		queues.save(queue);
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
