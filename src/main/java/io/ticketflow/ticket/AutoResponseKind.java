package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** The automatic answers a queue gives, with the text used until an administrator writes the queue's own. */
public enum AutoResponseKind {

	NEW_TICKET("We received your request",
			"Dear {{customer}},\n\nthank you for your message. Your request is ticket {{ticket}}: \"{{title}}\".\n"
					+ "Please keep [Ticket#{{ticket}}] in the subject when you write about it.\n\n{{queue}} team"),
	FOLLOW_UP("We received your message",
			"Dear {{customer}},\n\nyour message was added to ticket {{ticket}}: \"{{title}}\".\n\n{{queue}} team"),
	REJECTED("Your ticket is closed",
			"Dear {{customer}},\n\nticket {{ticket}} is closed. Your message was kept, but nobody will work on it.\n"
					+ "Please write a new message without the ticket number if you need more help.\n\n{{queue}} team");

	private final String defaultSubject;

	private final String defaultBody;

	AutoResponseKind(String defaultSubject, String defaultBody) {
		this.defaultSubject = defaultSubject;
		this.defaultBody = defaultBody;
	}

	public String defaultSubject() {
		return defaultSubject;
	}

	public String defaultBody() {
		return defaultBody;
	}

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static AutoResponseKind of(String code) {
		return Codes.parse(AutoResponseKind.class, code, "kind");
	}
}
