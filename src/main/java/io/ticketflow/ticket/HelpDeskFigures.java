package io.ticketflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a manager looks at: the help desk's figures at one moment. Durations are in seconds; a median is null
 * while no ticket of the period has got that far.
 *
 * @param open active tickets (neither closed nor merged) by queue and state
 * @param unanswered active tickets whose customer waits for a reply
 * @param oldestUnansweredSince when the longest-waiting customer message without a reply came
 * @param days tickets created and closed per day (UTC), oldest day first, today last
 * @param medianFirstResponseSeconds from opening to the first reply, over the tickets opened in the period
 * @param medianCloseSeconds from opening to closing, over the tickets opened in the period and closed since
 * @param workload active tickets per responsible agent, busiest first
 * @param timePerQueue minutes agents entered in the period, per queue, most first
 * @param timePerAgent minutes agents entered in the period, per agent, most first
 */
public record HelpDeskFigures(
		Instant at,
		List<OpenCount> open,
		long unanswered,
		Instant oldestUnansweredSince,
		String oldestUnansweredTicket,
		List<Day> days,
		Long medianFirstResponseSeconds,
		Long medianCloseSeconds,
		List<Workload> workload,
		List<TimeSpent> timePerQueue,
		List<TimeSpent> timePerAgent) {

	public record OpenCount(String queue, TicketState state, long tickets) {
	}

	public record Day(LocalDate date, long created, long closed) {
	}

	public record Workload(String agent, long tickets, long unanswered) {
	}

	public record TimeSpent(String name, long minutes) {
	}
}
