package io.ticketflow.process.internal;

import io.ticketflow.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads a moment as a form sends it: ISO with or without offset (then in the server's zone), or a bare date. */
final class Moments {

	private Moments() {
	}

	static Instant parse(Object value, String field) {
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, field + " is required");
		}
		String text = value.toString().strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "not a date and time: " + text);
		}
	}
}
