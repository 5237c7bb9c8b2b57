package io.ticketflow.ticket;

/**
 * Which tickets a list shows; a null field does not filter. Unanswered ones are the active ones without a reply;
 * active ones are those not closed or merged (new, open, pending). Mine are those the reader owns or is responsible
 * for; those of my queues are in the queues whose group the reader is a member of.
 */
public record TicketFilter(TicketState state, String queue, String customer, Boolean unanswered, Boolean active,
		Boolean mine, Boolean myQueues) {

	public static TicketFilter all() {
		return new TicketFilter(null, null, null, null, null, null, null);
	}
}
