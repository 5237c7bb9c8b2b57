package io.ticketflow.sla;

/**
 * A service level: the minutes of working time a customer may wait for the first response, for the next answer
 * after writing (update) and for the solution; null where it is not measured. A warning goes out when
 * {@code warnPercent} of a time is used.
 */
public record ServiceLevelView(String name, String calendar, Integer firstResponseMinutes, Integer updateMinutes,
		Integer solutionMinutes, int warnPercent) {
}
