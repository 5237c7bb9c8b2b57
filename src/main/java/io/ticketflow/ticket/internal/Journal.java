package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the changes of one ticket add to its record, in order, and the events they raise, until the ledger saves
 * the ticket. Each is handed over once.
 */
final class Journal {

	private List<Entry> entries = new ArrayList<>();

	private List<Object> events = new ArrayList<>();

	/** Whether the ticket's answered flag flipped: told once, with its value at the save. */
	private boolean answeredChanged;

	private boolean changed;

	void line(HistoryType type, String actor, String detail, Instant at) {
		entries.add(new Entry.Line(type, actor, detail, at));
		changed = true;
	}

	/** An article and its history line, which names who wrote it: a reviewer releases a trainee's reply. */
	void article(ArticleDraft draft, String heldReply, Instant at) {
		entries.add(new Entry.Written(draft, at, heldReply));
		line(HistoryType.ARTICLE_ADDED, draft.author(), describe(draft), at);
	}

	void raise(Object event) {
		events.add(event);
	}

	void answeredFlipped() {
		answeredChanged = true;
	}

	void changed() {
		changed = true;
	}

	List<Entry> takeEntries() {
		List<Entry> taken = entries;
		entries = new ArrayList<>();
		return taken;
	}

	/** The answered flag first, as the process must know it before it hears of a message; a change last. */
	List<Object> takeEvents(long ticketId, String number, boolean answered) {
		List<Object> taken = new ArrayList<>();
		if (answeredChanged) {
			taken.add(new TicketAnswerChanged(ticketId, number, answered));
		}
		taken.addAll(events);
		if (changed) {
			taken.add(new TicketChanged(ticketId, number));
		}
		events = new ArrayList<>();
		answeredChanged = false;
		changed = false;
		return taken;
	}

	private static String describe(ArticleDraft draft) {
		String visibility = draft.visibleForCustomer() ? "visible for customer" : "internal";
		return draft.senderType().code() + " " + draft.channel().code() + ", " + visibility;
	}
}
