package io.ticketflow.rights;

/** Who acts when no person does. */
public final class Actors {

	/** Timers and automatic steps. Not a valid user id, so no login can act as it. */
	public static final String SYSTEM = "(system)";

	private Actors() {
	}
}
