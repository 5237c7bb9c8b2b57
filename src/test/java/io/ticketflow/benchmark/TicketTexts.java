package io.ticketflow.benchmark;

import java.util.HashMap;
import java.util.Map;

/** What the benchmark's customer writes and what its dispatcher and agent enter in their forms. */
final class TicketTexts {

	static final String BODY = """
			Since this morning the portal says my password is wrong, although I typed it as always. \
			The reset link in your mail expired before I could use it. Please help me log in again.""";

	static final String REPLY = """
			Thank you for your message. I have reset your password; the new link is valid for 24 hours. \
			Please tell us if the portal still refuses it.""";

	private TicketTexts() {
	}

	static Map<String, Object> triage() {
		return Map.of("triageAction", "route", "queue", "Support", "priority", 3, "ticketType", "question");
	}

	static Map<String, Object> reply() {
		return Map.of("workAction", "reply", "body", REPLY);
	}

	static Map<String, Object> close() {
		return Map.of("workAction", "close", "resolution", "successful");
	}

	/** The variables the application starts a ticket's process with, without its display snapshots. */
	static Map<String, Object> startVariables(long ticketId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("ticketId", ticketId);
		variables.put("needsTriage", true);
		variables.put("answered", false);
		// a ticket without a service level, as the application starts it: its escalation timer never fires
		variables.put("escalationCycle", "R0/9999-12-31T00:00:00Z/P1D");
		return variables;
	}
}
