package io.ticketflow.sla;

import java.time.Instant;
import java.util.List;

/**
 * Where a ticket stands against its service level.
 *
 * @param serviceLevel null when the ticket has none
 * @param paused whether the clock stands still (the ticket is pending)
 * @param next the next moment a deadline is due, null when none runs
 */
public record TicketEscalation(String serviceLevel, boolean paused, Instant next,
		List<DeadlineView> deadlines) {

	/**
	 * One deadline.
	 *
	 * @param secondsLeft until it is due; negative when it is overdue by so much; null when met or not running
	 * @param breached whether it passed (or was met late)
	 */
	public record DeadlineView(DeadlineKind kind, Instant started, Instant warnAt, Instant dueAt, Instant metAt,
			Long secondsLeft, boolean breached) {
	}
}
