package io.ticketflow.ticket;

/** Which tickets a list shows; a null field does not filter. Unanswered ones are the active ones without a reply. */
public record TicketFilter(TicketState state, String queue, String customer, Boolean unanswered) {

	public static TicketFilter all() {
		return new TicketFilter(null, null, null, null);
	}
}
