package io.ticketflow.ticket;

import io.ticketflow.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.regex.Pattern;

/**
 * OTRS's date-checksum ticket number: {@code yyyyMMdd}, a two-digit system id, the daily counter in at least five
 * digits and a check digit, e.g. {@code 2026112610000015}. As in OTRS, the 100,000th ticket of a day has a number of
 * 17 digits; a number has 20 digits at most.
 */
public record TicketNumber(String value) {

	/** The most tickets of one day: the counter's nine digits make a number of 20. */
	static final long MAX_COUNTER = 999_999_999;

	/** The longest number, for the limits of fields that name a ticket. */
	public static final int MAX_LENGTH = 20;

	/** A number's digits, as a regular expression for finding numbers in text (e.g. in a mail's subject). */
	public static final String DIGITS = "\\d{16," + MAX_LENGTH + "}";

	private static final Pattern FORMAT = Pattern.compile(DIGITS);

	public TicketNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new InvalidInputException("number", "a ticket number has 16 to 20 digits, e.g. 2026112610000015");
		}
		try {
			LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
					Integer.parseInt(value, 6, 8, 10));
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("number", "ticket number " + value + " does not start with a date");
		}
		int last = value.length() - 1;
		if (checkDigit(value.substring(0, last)) != value.charAt(last) - '0') {
			throw new InvalidInputException("number", "ticket number " + value + " has a wrong check digit");
		}
	}

	/** The tag in the subject of every mail about the ticket, by which an answer finds it: {@code [Ticket#…]}. */
	public static String tag(String number) {
		return "[Ticket#" + number + "]";
	}

	public static TicketNumber of(LocalDate day, int systemId, long counter) {
		if (systemId < 0 || systemId > 99 || counter < 1 || counter > MAX_COUNTER) {
			throw new IllegalArgumentException("system id 0-99 and daily counter 1-" + MAX_COUNTER + " expected");
		}
		// plain arithmetic: formatting with patterns costs more than the rest of a number
		String body = (day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth())
				+ String.valueOf(100 + systemId).substring(1)
				+ (counter < 100_000 ? String.valueOf(100_000 + counter).substring(1) : String.valueOf(counter));
		return new TicketNumber(body + checkDigit(body));
	}

	/** OTRS's DateChecksum: weights 1 and 2 alternate; 10 minus the sum modulo 10, where 10 becomes 1. */
	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
		}
		int check = 10 - sum % 10;
		return check == 10 ? 1 : check;
	}

	@Override
	public String toString() {
		return value;
	}
}
