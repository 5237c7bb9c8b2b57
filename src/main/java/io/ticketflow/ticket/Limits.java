package io.ticketflow.ticket;

/** Sizes the database and the API agree on. */
public final class Limits {

	/** The longest article body taken, in characters. */
	public static final int BODY = 200_000;

	private Limits() {
	}
}
