package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article is shown to agents: who wrote it, and whether the customer sees it. */
public enum ArticleKind {

	CUSTOMER("Customer"),
	SYSTEM("System"),
	REPLY("Reply to customer"),
	INTERNAL("Internal note – not visible to the customer");

	private final String label;

	ArticleKind(String label) {
		this.label = label;
	}

	public static ArticleKind of(SenderType sender, boolean visibleForCustomer) {
		return switch (sender) {
			case CUSTOMER -> CUSTOMER;
			case SYSTEM -> SYSTEM;
			case AGENT -> visibleForCustomer ? REPLY : INTERNAL;
		};
	}

	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	public String label() {
		return label;
	}
}
