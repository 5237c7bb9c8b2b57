package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a queue does with a customer's message to one of its closed tickets (OTRS's follow-up option). */
public enum FollowUpPolicy {

	/** The ticket opens again and goes back to its agent. */
	REOPEN,
	/** The message is kept on the ticket, the customer is told the ticket is closed. */
	REJECT,
	/** The message opens a new ticket that refers to the closed one. */
	NEW_TICKET;

	@JsonValue
	public String code() {
		return Codes.code(this);
	}
}
