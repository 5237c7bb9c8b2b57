package io.ticketflow.ticket.internal;

import java.time.Instant;

/**
 * One change of a ticket: who makes it, when, under which policy, and the queue the ticket is in when it starts.
 *
 * @param queue the ticket's queue before the change; its group decides who may work the ticket
 */
public record Act(String actor, Instant at, TicketPolicy policy, Queue queue) {

	/** The actor works tickets of the ticket's queue. */
	public void requireMayWork() {
		policy.requireMayWork(actor, queue.groupId());
	}
}
