package io.ticketflow.ticket;

import java.time.Instant;

/**
 * Which tickets a list shows; a null field does not filter. Unanswered ones are the active ones without a reply;
 * active ones are those not closed or merged (new, open, pending). Mine are those the reader owns or is responsible
 * for; those of my queues are in the queues whose group the reader is a member of. The text is looked for in the
 * ticket's number, customer, title, conversation and files' names, and orders the list best match first when the
 * list is not sorted otherwise; created from (inclusive) and to (exclusive) bound when the ticket was opened.
 */
public record TicketFilter(TicketState state, String queue, String customer, Boolean unanswered, Boolean active,
		Boolean mine, Boolean myQueues, String text, String company, Instant createdFrom, Instant createdTo) {

	public static TicketFilter all() {
		return new TicketFilter(null, null, null, null, null, null, null, null, null, null, null);
	}
}
