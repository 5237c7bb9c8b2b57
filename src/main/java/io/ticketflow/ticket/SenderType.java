package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who wrote an article, as OTRS names it. */
public enum SenderType {

	AGENT, CUSTOMER, SYSTEM;

	@JsonValue
	public String code() {
		return Codes.code(this);
	}
}
