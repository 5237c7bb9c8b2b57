package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a linked ticket is to the ticket it is seen from. */
public enum LinkKind {

	RELATED, PARENT, CHILD;

	/** What this ticket is to the other one. */
	public LinkKind reverse() {
		return switch (this) {
			case PARENT -> CHILD;
			case CHILD -> PARENT;
			case RELATED -> RELATED;
		};
	}

	/**
	 * How the history of a ticket names the other one when the other one is this kind to it: the other is its
	 * parent, so the ticket is the "child of 2026…".
	 */
	public String phrase() {
		return switch (this) {
			case RELATED -> "related to";
			case PARENT -> "child of";
			case CHILD -> "parent of";
		};
	}

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public static LinkKind of(String code) {
		return Codes.parse(LinkKind.class, code, "kind");
	}
}
