package io.ticketflow.ticket;

/** Sizes the database and the API agree on. */
public final class Limits {

	/** The longest article body taken, in characters. */
	public static final int BODY = 200_000;

	/** The longest text a ticket search takes: what one types into a search box, not a document. */
	public static final int QUERY = 200;

	private Limits() {
	}
}
