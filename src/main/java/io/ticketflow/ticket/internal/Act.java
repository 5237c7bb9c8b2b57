package io.ticketflow.ticket.internal;

import java.time.Instant;

/**
 * One change of a ticket: who makes it, when, under which policy, and the queue the ticket is in when it starts.
 *
 * @param queue the ticket's queue before the change; its group decides who may work the ticket
 * @param sensitive whether the ticket's customer (or their company) is marked sensitive
 */
public record Act(String actor, Instant at, TicketPolicy policy, Queue queue, boolean sensitive) {

	/** A change on a ticket of a customer who is not sensitive. */
	public Act(String actor, Instant at, TicketPolicy policy, Queue queue) {
		this(actor, at, policy, queue, false);
	}

	/** The actor works tickets of the ticket's queue. */
	public void requireMayWork() {
		policy.requireMayWork(actor, queue.groupId());
	}
}
