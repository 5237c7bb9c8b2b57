package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

public enum TicketType {

	UNCLASSIFIED, QUESTION, INCIDENT, SERVICE_REQUEST, PROBLEM;

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static TicketType of(String code) {
		return Codes.parse(TicketType.class, code, "type");
	}
}
