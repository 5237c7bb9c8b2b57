package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** The automatic answers a queue gives; the texts used until an administrator writes the queue's own are CustomerTexts. */
public enum AutoResponseKind {

	NEW_TICKET, FOLLOW_UP, REJECTED;

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static AutoResponseKind of(String code) {
		return Codes.parse(AutoResponseKind.class, code, "kind");
	}
}
