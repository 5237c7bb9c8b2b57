package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.rights.Actors;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a ticket's process that change its properties: routing, taking, transfer, pending, closing. */
@Service
@Transactional
public class TicketActions {

	private final TicketLedger ledger;

	private final QueueRepository queues;

	private final Clock clock;

	private final Rights rights;

	TicketActions(TicketLedger ledger, QueueRepository queues, Clock clock, Rights rights) {
		this.ledger = ledger;
		this.queues = queues;
		this.clock = clock;
		this.rights = rights;
	}

	/** A dispatcher's triage: queue, priority and type. Returns the group that works the queue. */
	public String route(long ticketId, String queueName, int priority, TicketType type, String actor) {
		rights.requireMayTriage(actor);
		Ticket ticket = ledger.ticket(ticketId);
		Queue queue = queue(queueName);
		if (priority < 1 || priority > 5) {
			throw new InvalidInputException("priority", "priority is 1 to 5");
		}
		moveTo(ticket, queue, actor);
		if (priority != ticket.priority()) {
			ledger.record(ticket, HistoryType.PRIORITY_CHANGED, actor, ticket.priority() + " -> " + priority);
			ticket.prioritize(priority);
		}
		if (type != ticket.type()) {
			ledger.record(ticket, HistoryType.TYPE_CHANGED, actor, ticket.type().code() + " -> " + type.code());
			ticket.classify(type);
		}
		changeState(ticket, TicketState.OPEN, actor);
		ledger.changed(ticket);
		return queue.groupId();
	}

	/** An agent took the ticket's work task: the first one owns it, each one is responsible while working it. */
	public void take(long ticketId, String agent) {
		Ticket ticket = ledger.ticket(ticketId);
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		String owner = ticket.owner();
		String responsible = ticket.responsible();
		ticket.takeBy(agent);
		if (!Objects.equals(owner, ticket.owner())) {
			ledger.record(ticket, HistoryType.OWNER_CHANGED, agent, owner + " -> " + ticket.owner());
		}
		if (!Objects.equals(responsible, ticket.responsible())) {
			ledger.record(ticket, HistoryType.RESPONSIBLE_CHANGED, agent, responsible + " -> " + agent);
		}
		ledger.changed(ticket);
	}

	/** An administrator changed the ticket's process from outside it, in one of the few ways allowed. */
	public void engineCommand(String number, String admin, String what) {
		Ticket ticket = ledger.ticket(number);
		rights.requireAdmin(admin);
		ledger.record(ticket, HistoryType.ENGINE_COMMAND, admin, what);
		ledger.changed(ticket);
	}

	/** The agent working the ticket gave its task back to the queue: nobody is responsible until someone takes it. */
	public void release(long ticketId, String actor) {
		Ticket ticket = ledger.ticket(ticketId);
		ledger.record(ticket, HistoryType.UNLOCKED, actor, ticket.responsible() + " -> nobody");
		ticket.delegateTo(null);
		ledger.changed(ticket);
	}

	/**
	 * Moves the ticket to another queue and/or hands it to another agent, who must be someone who may work it there.
	 * Moved without an agent, it waits in the new queue for whoever takes it. Returns the queue's group.
	 */
	public String transfer(long ticketId, String queueName, String agent, String actor) {
		Ticket ticket = workable(ticketId, actor);
		if (blank(queueName) && blank(agent)) {
			throw new InvalidInputException("targetQueue", "a transfer names a queue, an agent or both");
		}
		if (!blank(queueName)) {
			moveTo(ticket, queue(queueName), actor);
		}
		String group = ledger.queueGroup(ticket);
		if (!blank(agent) && !rights.mayWork(agent, group)) {
			throw new InvalidInputException("targetAgent", agent + " is nobody who may work this ticket in its queue");
		}
		String next = blank(agent) ? null : agent;
		if (!Objects.equals(ticket.responsible(), next)) {
			ledger.record(ticket, HistoryType.RESPONSIBLE_CHANGED, actor, ticket.responsible() + " -> " + next);
			ticket.delegateTo(next);
		}
		ledger.changed(ticket);
		return group;
	}

	/** The agent who gets the ticket's work task: its responsible agent, while they may still work it. */
	@Transactional(readOnly = true)
	public String workingAgent(long ticketId) {
		Ticket ticket = ledger.ticket(ticketId);
		String agent = ticket.responsible();
		return agent != null && rights.mayWork(agent, ledger.queueGroup(ticket)) ? agent : null;
	}

	/** Sets a pending state until the given moment, which must lie in the future. */
	public void pend(long ticketId, TicketState pendingState, Instant until, String actor) {
		if (!pendingState.isPending()) {
			throw new InvalidInputException("pendingType", "not a pending state: " + pendingState.code());
		}
		if (until == null || !until.isAfter(clock.instant())) {
			throw new InvalidInputException("pendingUntil", "the pending time must lie in the future");
		}
		Ticket ticket = workable(ticketId, actor);
		TicketState before = ticket.state();
		ticket.pendUntil(pendingState, until);
		ledger.record(ticket, HistoryType.PENDING_SET, actor, before.code() + " -> " + pendingState.code() + " until " + until);
		ledger.changed(ticket);
	}

	/** The customer wrote while the ticket was waiting: a pending ticket is open again. */
	public void followUpReceived(long ticketId) {
		Ticket ticket = ledger.ticket(ticketId);
		ledger.record(ticket, HistoryType.FOLLOW_UP_RECEIVED, Actors.SYSTEM, "state " + ticket.state().code());
		if (ticket.state().isPending()) {
			changeState(ticket, TicketState.OPEN, Actors.SYSTEM);
		}
		ledger.changed(ticket);
	}

	public void reminderReached(long ticketId) {
		Ticket ticket = ledger.ticket(ticketId);
		ledger.record(ticket, HistoryType.REMINDER_REACHED, Actors.SYSTEM, "pending until " + ticket.pendingUntil());
		ledger.changed(ticket);
	}

	public void close(long ticketId, boolean successful, String actor) {
		Ticket ticket = workable(ticketId, actor);
		TicketState closed = successful ? TicketState.CLOSED_SUCCESSFUL : TicketState.CLOSED_UNSUCCESSFUL;
		ledger.record(ticket, HistoryType.CLOSED, actor, ticket.state().code() + " -> " + closed.code());
		ticket.changeState(closed);
		ledger.changed(ticket);
	}

	public void merge(long ticketId, String targetNumber, String actor) {
		Ticket ticket = workable(ticketId, actor);
		Ticket target = ledger.ticket(targetNumber);
		rights.requireMayWork(actor, ledger.queueGroup(target));
		if (target.id().equals(ticket.id()) || !target.state().isActive()) {
			throw new InvalidInputException("mergeInto", "a ticket is merged into another ticket that is still active");
		}
		ticket.mergeInto(target.id());
		ledger.record(ticket, HistoryType.MERGED, actor, "into " + target.number());
		ledger.record(target, HistoryType.MERGED, actor, "took in " + ticket.number());
		ledger.changed(ticket);
		ledger.changed(target);
	}

	/** The mail to the customer could not be delivered after every attempt: the agents must know. */
	public void deliveryFailed(long ticketId, String recipient, String error) {
		Ticket ticket = ledger.ticket(ticketId);
		String why = error == null ? "unknown error" : error.length() > 1500 ? error.substring(0, 1500) : error;
		ledger.record(ticket, HistoryType.DELIVERY_FAILED, Actors.SYSTEM, "to " + recipient + ": " + why);
		ledger.changed(ticket);
	}

	private Ticket workable(long ticketId, String actor) {
		Ticket ticket = ledger.ticket(ticketId);
		rights.requireMayWork(actor, ledger.queueGroup(ticket));
		ticket.requireActive();
		return ticket;
	}

	private void moveTo(Ticket ticket, Queue queue, String actor) {
		if (!queue.id().equals(ticket.queueId())) {
			ledger.record(ticket, HistoryType.QUEUE_CHANGED, actor, ledger.queue(ticket.queueId()).name() + " -> " + queue.name());
			ticket.moveTo(queue.id());
		}
	}

	private void changeState(Ticket ticket, TicketState next, String actor) {
		if (ticket.state() != next) {
			ledger.record(ticket, HistoryType.STATE_CHANGED, actor, ticket.state().code() + " -> " + next.code());
			ticket.changeState(next);
		}
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
