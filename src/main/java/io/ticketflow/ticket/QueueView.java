package io.ticketflow.ticket;

/**
 * A queue as agents and administrators see it.
 *
 * @param triage whether it is where new tickets wait for a dispatcher (the setting {@code ticketflow.tickets.triage-queue})
 */
public record QueueView(String name, String group, FollowUpPolicy followUpPolicy, String email, boolean triage) {

	/** A queue to create: the triage queue is given by the settings, not chosen here. */
	public QueueView(String name, String group, FollowUpPolicy followUpPolicy, String email) {
		this(name, group, followUpPolicy, email, false);
	}
}
