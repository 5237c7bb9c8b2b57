package io.ticketflow.ticket;

/**
 * Which tickets a list shows; a null field does not filter. Unanswered ones are the active ones without a reply;
 * active ones are those not closed or merged (new, open, pending).
 */
public record TicketFilter(TicketState state, String queue, String customer, Boolean unanswered, Boolean active) {

	public static TicketFilter all() {
		return new TicketFilter(null, null, null, null, null);
	}
}
