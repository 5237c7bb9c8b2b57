package io.ticketflow.ticket.internal;

/**
 * What the ticket asks before it lets someone change it. The help desk's rights answer; a test hands in its own.
 * The {@code require} methods refuse with a {@link io.ticketflow.shared.ForbiddenException}.
 */
public interface TicketPolicy {

	void requireMayWork(String actor, String queueGroup);

	boolean mayWork(String actor, String queueGroup);

	/** Whether a ticket the actor opens in the queue is theirs to work: an agent who took the call, not a dispatcher. */
	boolean keepsWhatTheyOpen(String actor, String queueGroup);

	void requireMayTriage(String actor);

	void requireMayOpen(String actor);

	void requireMayWriteToCustomer(String actor);

	boolean needsReview(String actor);

	void requireMayReview(String reviewer, String trainee);

	void requireMayAuthorize(String authorizer, String asker);

	void requireAdmin(String actor);

	/** A senior agent: replies to a sensitive customer need one, to write or to review them. */
	boolean isSenior(String actor);

	/** A special agent: consulted on tickets, never responsible for a sensitive customer's. */
	boolean isSpecialAgent(String user);
}
