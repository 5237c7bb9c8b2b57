package io.ticketflow.ticket.internal;

/**
 * Tickets, articles and history lines take their ids from database sequences, {@link #BLOCK} at a time, rather
 * than from identity columns: the id is known before the row is written, so the inserts of a change wait for its
 * commit and go out together, and a new ticket is written once, with the head of its history chain, instead of
 * inserted and then updated. The sequences are created by the migration {@code db.migration.V10__Id_sequences}.
 */
final class IdSequences {

	/** Ids taken from a sequence at once; the sequences count in steps of this size. */
	static final int BLOCK = 50;

	private IdSequences() {
	}
}
