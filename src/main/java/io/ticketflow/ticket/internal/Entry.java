package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.HistoryType;
import java.time.Instant;

/** What a change of a ticket adds to its record, in order, until the ticket is saved. */
sealed interface Entry {

	/** A line of the ticket's history. */
	record Line(HistoryType type, String actor, String detail, Instant at) implements Entry {
	}

	/**
	 * An article; one held for review also tells the process, with the reply as the trainee wrote it.
	 *
	 * @param heldReply the trainee's reply when the article holds it for review, otherwise null
	 */
	record Written(ArticleDraft draft, Instant at, String heldReply) implements Entry {
	}
}
