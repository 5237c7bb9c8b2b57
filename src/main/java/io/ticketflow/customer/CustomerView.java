package io.ticketflow.customer;

import io.ticketflow.shared.Language;

/** A customer as other modules see it. */
public record CustomerView(long id, String email, String name, String company, Language language) {

	/** The language to write to the customer in: their own, English while it is not known. */
	public Language languageOrDefault() {
		return language == null ? Language.DEFAULT : language;
	}
}
