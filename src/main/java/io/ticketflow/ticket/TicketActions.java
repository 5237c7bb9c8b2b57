package io.ticketflow.ticket;

import io.ticketflow.rights.Actors;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketLinkRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a ticket's process that change its properties: routing, taking, transfer, pending, closing. Each
 * loads the ticket, asks it to change and saves it; the ticket keeps its own rules and record.
 */
@Service
@Transactional
public class TicketActions {

	private final TicketLedger ledger;

	private final QueueRepository queues;

	private final TicketLinkRepository links;

	private final TicketSettings settings;

	TicketActions(TicketLedger ledger, QueueRepository queues, TicketLinkRepository links, TicketSettings settings) {
		this.ledger = ledger;
		this.queues = queues;
		this.links = links;
		this.settings = settings;
	}

	/** A dispatcher's triage: queue, priority and type. Returns the group that works the queue. */
	public String route(long ticketId, String queueName, int priority, TicketType type, String actor) {
		Ticket ticket = ledger.ticket(ticketId);
		Queue queue = queue(queueName);
		ticket.route(queue, priority, type, ledger.act(ticket, actor));
		ledger.save(ticket);
		return queue.groupId();
	}

	/** An agent took the ticket's work task: the first one owns it, each one is responsible while working it. */
	public void take(long ticketId, String agent) {
		ledger.change(ticketId, agent, (ticket, act) -> ticket.take(act));
	}

	/** An administrator changed the ticket's process from outside it, in one of the few ways allowed. */
	public void engineCommand(String number, String admin, String what) {
		Ticket ticket = ledger.ticket(number);
		ticket.engineCommand(what, ledger.act(ticket, admin));
		ledger.save(ticket);
	}

	/** The agent working the ticket gave its task back to the queue: nobody is responsible until someone takes it. */
	public void release(long ticketId, String actor) {
		ledger.change(ticketId, actor, (ticket, act) -> ticket.release(act));
	}

	/**
	 * Moves the ticket to another queue and/or hands it to another agent, who must be someone who may work it there.
	 * Moved without an agent, it waits in the new queue for whoever takes it. Returns the queue's group.
	 */
	public String transfer(long ticketId, String queueName, String agent, String actor) {
		Ticket ticket = ledger.ticket(ticketId);
		Queue target = blank(queueName) ? null : queue(queueName);
		ticket.transfer(target, agent, ledger.act(ticket, actor));
		ledger.save(ticket);
		return ledger.queueGroup(ticket);
	}

	/** The agent who gets the ticket's work task: its responsible agent, while they may still work it. */
	@Transactional(readOnly = true)
	public String workingAgent(long ticketId) {
		Ticket ticket = ledger.ticket(ticketId);
		return ticket.workingAgent(ledger.policy(), ledger.queue(ticket.queueId()));
	}

	/** Sets a pending state until the given moment, which must lie in the future. */
	public void pend(long ticketId, TicketState pendingState, Instant until, String actor) {
		ledger.change(ticketId, actor, (ticket, act) -> ticket.pend(pendingState, until, act));
	}

	/** The customer wrote while the ticket was waiting: a pending ticket is open again. */
	public void followUpReceived(long ticketId) {
		ledger.change(ticketId, Actors.SYSTEM, (ticket, act) -> ticket.followUpReceived(act));
	}

	public void reminderReached(long ticketId) {
		ledger.change(ticketId, Actors.SYSTEM, (ticket, act) -> ticket.reminderReached(act));
	}

	/** The system closes a ticket whose time ran out, its children whatever they are. */
	public void close(long ticketId, boolean successful, String actor) {
		ledger.change(ticketId, actor, (ticket, act) -> ticket.close(successful, act));
	}

	/**
	 * A person closes a ticket: while child tickets are open, only with their confirmation (unless the help desk is
	 * set to close parents without asking).
	 */
	public void close(long ticketId, boolean successful, String actor, boolean confirmedOpenChildren) {
		List<String> open = links.childrenIn(ticketId, TicketState.activeStates());
		boolean confirmed = confirmedOpenChildren || !settings.confirmClosingParents();
		ledger.change(ticketId, actor, (ticket, act) -> ticket.close(successful, open, confirmed, act));
	}

	public void merge(long ticketId, String targetNumber, String actor) {
		Ticket ticket = ledger.ticket(ticketId);
		Ticket target = ledger.ticket(targetNumber);
		ticket.mergeInto(target, ledger.queue(target.queueId()), ledger.act(ticket, actor));
		ledger.save(ticket);
		ledger.save(target);
	}

	/** An agent sets the ticket's priority (1 to 5). */
	public void changePriority(String number, int priority, String actor) {
		ledger.change(ledger.ticket(number), actor, (ticket, act) -> ticket.changePriority(priority, act));
	}

	/** The service-level clock writes its line into the ticket's history. */
	public void serviceLevelNoted(long ticketId, HistoryType type, String detail) {
		ledger.change(ticketId, Actors.SYSTEM, (ticket, act) -> ticket.serviceLevelNoted(type, detail, act));
	}

	/** The mail to the customer could not be delivered after every attempt: the agents must know. */
	public void deliveryFailed(long ticketId, String recipient, String error) {
		ledger.change(ticketId, Actors.SYSTEM, (ticket, act) -> ticket.deliveryFailed(recipient, error, act));
	}

	private Queue queue(String name) {
		if (blank(name)) {
			throw new InvalidInputException("queue", "queue is required");
		}
		return queues.findByName(name).orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + name));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
