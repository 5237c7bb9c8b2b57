package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** OTRS's ticket states; each belongs to one of OTRS's state types. */
public enum TicketState {

	NEW, OPEN, PENDING_REMINDER, PENDING_AUTO_CLOSE, CLOSED_SUCCESSFUL, CLOSED_UNSUCCESSFUL, MERGED;

	public boolean isClosed() {
		return this == CLOSED_SUCCESSFUL || this == CLOSED_UNSUCCESSFUL;
	}

	public boolean isPending() {
		return this == PENDING_REMINDER || this == PENDING_AUTO_CLOSE;
	}

	/** Open tickets are the ones the help desk still works on. */
	public boolean isActive() {
		return !isClosed() && this != MERGED;
	}

	/** The states of tickets still being worked: what "unanswered" is about, a closed ticket waits for nobody. */
	public static List<TicketState> activeStates() {
		return Arrays.stream(values()).filter(TicketState::isActive).toList();
	}

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static TicketState of(String code) {
		return Codes.parse(TicketState.class, code, "state");
	}
}
