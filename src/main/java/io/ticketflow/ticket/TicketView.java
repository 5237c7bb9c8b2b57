package io.ticketflow.ticket;

import java.time.Instant;

/** A ticket's properties as every reader sees them. */
public record TicketView(
		String number,
		String title,
		TicketState state,
		int priority,
		String queue,
		TicketType type,
		String customer,
		String owner,
		String responsible,
		boolean answered,
		Instant pendingUntil,
		String mergedInto,
		Instant created,
		Instant changed) {

	/** When the agent is to be reminded of this ticket: its pending time, while it is pending with a reminder. */
	public Instant reminder() {
		return state == TicketState.PENDING_REMINDER ? pendingUntil : null;
	}
}
