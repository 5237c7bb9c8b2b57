package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a customer's message to an existing ticket ended up.
 *
 * @param ticket the number of the ticket that holds the message now
 * @param outcome what the help desk did with it
 */
public record FollowUpReceipt(String ticket, Outcome outcome) {

	public enum Outcome {
		/** Appended to a ticket still being worked. */
		APPENDED,
		/** The closed ticket opened again. */
		REOPENED,
		/** Kept on the closed ticket; the customer is told it is closed. */
		REJECTED,
		/** A new ticket was opened for it. */
		NEW_TICKET,
		/** From somebody outside the conversation: kept as an internal article. */
		KEPT_INTERNAL;

		@JsonValue
		public String code() {
			return Codes.code(this);
		}
	}
}
