package io.ticketflow.sla;

/** How people read the names of deadlines and levels. */
public final class Labels {

	private Labels() {
	}

	public static String of(DeadlineKind kind) {
		return switch (kind) {
			case FIRST_RESPONSE -> "First response";
			case UPDATE -> "Update";
			case SOLUTION -> "Solution";
		};
	}

	public static String of(EscalationLevel level) {
		return level == EscalationLevel.BREACH ? "escalated" : "escalates soon";
	}
}
