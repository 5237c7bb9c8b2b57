package io.ticketflow.sla;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working time within a day, written {@code 09:00-13:00}; a night shift that ends the next morning is written
 * {@code 22:00-06:00+1}, so that an end before the start is always a mistake and never a guess.
 *
 * @param from minutes after the day's midnight
 * @param to minutes after the day's midnight, more than 1440 for a shift that ends the next day
 */
public record WorkingInterval(int from, int to) {

	static final int DAY = 24 * 60;

	private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})(\\+1)?");

	/** Reads the written form; the message says what is wrong, the caller names the field. */
	public static WorkingInterval parse(String text) {
		Matcher m = text == null ? null : TEXT.matcher(text.strip());
		if (m == null || !m.matches()) {
			throw new IllegalArgumentException("write working hours as 09:00-17:00, or 22:00-06:00+1 for a night shift");
		}
		int from = minutes(m.group(1), m.group(2));
		int to = minutes(m.group(3), m.group(4)) + (m.group(5) == null ? 0 : DAY);
		if (from >= DAY || to > 2 * DAY || (m.group(5) != null && to - DAY > from)) {
			throw new IllegalArgumentException(text + " is not a time of day, or lasts more than a day");
		}
		if (to <= from) {
			throw new IllegalArgumentException(text + " ends before it starts (a night shift is written 22:00-06:00+1)");
		}
		return new WorkingInterval(from, to);
	}

	private static int minutes(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		if (h > 24 || m > 59 || (h == 24 && m > 0)) {
			return Integer.MAX_VALUE / 4;
		}
		return h * 60 + m;
	}

	@Override
	public String toString() {
		return clock(from) + "-" + (to > DAY ? clock(to - DAY) + "+1" : clock(to));
	}

	private static String clock(int minutes) {
		return String.format("%02d:%02d", minutes / 60, minutes % 60);
	}
}
