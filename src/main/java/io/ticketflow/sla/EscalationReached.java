package io.ticketflow.sla;

import java.time.Instant;

/** A ticket's deadline came near (a warning) or passed (a breach); announced once per deadline and level. */
public record EscalationReached(long ticketId, String number, DeadlineKind deadline, EscalationLevel level,
		Instant dueAt) {
}
