package io.ticketflow.sla;

import java.time.Instant;
import java.util.List;

/**
 * How the help desk keeps its service levels: per queue, the share of first responses and solutions in time among
 * the tickets opened in the last days whose deadline is decided (met, or passed), the tickets escalated now and the
 * one longest overdue.
 */
public record ServiceLevelFigures(int days, List<QueueCompliance> perQueue, long escalatedNow, Overdue longestOverdue) {

	/**
	 * @param firstResponsePercent null when no first-response deadline was decided
	 */
	public record QueueCompliance(String queue, long firstResponseInTime, long firstResponseLate,
			Integer firstResponsePercent, long solutionInTime, long solutionLate, Integer solutionPercent) {
	}

	/** The deadline longest past, of a ticket that is not pending; null when none is. */
	public record Overdue(String number, DeadlineKind deadline, Instant dueAt, long overdueSeconds) {
	}
}
