package io.ticketflow.ticket;

import io.ticketflow.shared.InvalidInputException;

/**
 * OTRS's time accounting: the minutes an agent spent, entered with a note or a reply — optional, or asked of every
 * agent's note and reply when the help desk is set so ({@code ticketflow.tickets.time-accounting-required}).
 */
public record TimeAccounting(boolean required) {

	/** The most minutes one article accounts for: a day. */
	public static final int MAX_MINUTES = 1440;

	/** Refuses what may not be entered: outside 1 to 1440 minutes, or nothing when the help desk asks for it. */
	public void check(Integer minutes) {
		if (minutes == null && required) {
			throw new InvalidInputException("minutes", "enter the minutes you spent: the help desk asks for them with "
					+ "every note and reply");
		}
		if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
			throw new InvalidInputException("minutes", "the time spent is 1 to " + MAX_MINUTES + " minutes");
		}
	}
}
