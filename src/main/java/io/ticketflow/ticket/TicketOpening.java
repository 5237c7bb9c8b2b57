package io.ticketflow.ticket;

import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketNumberGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens tickets: gives them a number, writes the first article and starts their process. */
@Service
@Transactional
public class TicketOpening {

	private static final int DEFAULT_PRIORITY = 3;

	private final TicketLedger ledger;

	private final TicketNumberGenerator numbers;

	private final QueueRepository queues;

	private final Customers customers;

	private final TicketSettings settings;

	private final Rights rights;

	TicketOpening(TicketLedger ledger, TicketNumberGenerator numbers, QueueRepository queues, Customers customers,
			TicketSettings settings, Rights rights) {
		this.rights = rights;
		this.ledger = ledger;
		this.numbers = numbers;
		this.queues = queues;
		this.customers = customers;
		this.settings = settings;
	}

	/** A ticket for a known customer, as an agent takes it on the phone or a web form sends it. */
	public TicketView open(OpenTicket command, String actor) {
		rights.requireMayOpen(actor);
		long customerId = customers.idOf(command.customer())
				.orElseThrow(() -> new InvalidInputException("customer", "unknown customer " + command.customer()));
		Queue queue = command.queue() == null ? triageQueue() : queues.findByName(command.queue())
				.orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + command.queue()));
		Channel channel = command.channel() == null ? Channel.PHONE : command.channel();
		if (channel != Channel.PHONE && channel != Channel.WEB) {
			throw new InvalidInputException("channel", "a ticket is opened here by phone or web");
		}
		int priority = command.priority() == null ? DEFAULT_PRIORITY : command.priority();
		String email = Customers.normalize(command.customer());
		ArticleDraft first = ArticleDraft.fromCustomer(channel, email, command.title(), command.body()).enteredBy(actor);
		return open(customerId, command.title(), priority, queue, command.queue() == null, first, actor);
	}

	/**
	 * A ticket opened by a customer's mail. The queue is the one the mailbox delivers to; the triage queue means
	 * a dispatcher decides.
	 */
	public TicketView openFromMail(long customerId, String title, String queueName, ArticleDraft first) {
		Queue queue = queueName == null ? triageQueue() : queues.findByName(queueName)
			.orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + queueName));
		return open(customerId, title, queue, first, first.author());
	}

	/** A ticket opened from a message, for instance a follow-up to a ticket closed under the new-ticket policy. */
	TicketView open(long customerId, String title, Queue queue, ArticleDraft first, String actor) {
		return open(customerId, title, DEFAULT_PRIORITY, queue, queue.name().equals(settings.triageQueue()), first,
				actor);
	}

	private TicketView open(long customerId, String title, int priority, Queue queue, boolean needsTriage,
			ArticleDraft first, String actor) {
		Ticket ticket = ledger.add(new Ticket(numbers.next().value(), title, priority, queue, customerId, ledger.now()));
		ledger.change(ticket, actor, (t, act) -> t.open(first, needsTriage, act));
		return new TicketView(ticket.number(), ticket.title(), ticket.state(), ticket.priority(), queue.name(),
				ticket.type(), first.from(), null, null, false, null, null, ticket.createdAt(), ticket.changedAt());
	}

	private Queue triageQueue() {
		return queues.findByName(settings.triageQueue())
				.orElseThrow(() -> new IllegalStateException("the triage queue " + settings.triageQueue() + " is missing"));
	}
}
