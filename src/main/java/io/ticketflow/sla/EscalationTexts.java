package io.ticketflow.sla;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How people read the names of deadlines and levels. */
public final class EscalationTexts {

	private EscalationTexts() {
	}

	public static String of(DeadlineKind kind) {
		return switch (kind) {
			case FIRST_RESPONSE -> "First response";
			case UPDATE -> "Update";
			case SOLUTION -> "Solution";
		};
	}

	/** A deadline's moment in a history line or a mail: to the minute, in UTC, the zone named. */
	public static String moment(Instant moment) {
		return MOMENT.format(moment);
	}

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public static String of(EscalationLevel level) {
		return level == EscalationLevel.BREACH ? "escalated" : "escalates soon";
	}
}
