package io.ticketflow.process;

/** Why a task of a ticket's process waits for people, in the help desk's words. */
public enum Waiting {

	NEW_TICKET_TO_TRIAGE("New ticket to triage"),
	NEW_TICKET_IN_QUEUE("New ticket in your queue"),
	CONSULTATION("You are consulted"),
	AUTHORIZATION("Authorization requested"),
	REVIEW("A trainee's reply waits for review");

	private final String label;

	Waiting(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
