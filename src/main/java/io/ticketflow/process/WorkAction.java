package io.ticketflow.process;

import java.util.Locale;

/**
 * What an agent decides in a ticket's work step: the values of the work form's action, on which the process
 * branches. {@code ModelNamesTests} checks that the model and the form know each of them.
 */
public enum WorkAction {

	REPLY, NOTE, FAQ, CONSULT, AUTHORIZE, TRANSFER, PENDING, MERGE, CLOSE;

	/** The value the form sends and the model's conditions compare with. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}
}
