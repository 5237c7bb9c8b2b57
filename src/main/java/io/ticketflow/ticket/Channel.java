package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article reached the ticket. */
public enum Channel {

	EMAIL, PHONE, WEB, NOTE;

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static Channel of(String code) {
		return Codes.parse(Channel.class, code, "channel");
	}
}
