package io.ticketflow.benchmark;

/** The timed operations of a ticket's life. */
enum Step {

	CREATE("create", "open a ticket, start its process"),
	TRIAGE("triage", "dispatcher routes it to Support"),
	REPLY("reply", "agent claims the work task, replies"),
	CLOSE("close", "agent closes it, the process ends");

	private final String label;

	private final String description;

	Step(String label, String description) {
		this.label = label;
		this.description = description;
	}

	String label() {
		return label;
	}

	String description() {
		return description;
	}
}
