package io.ticketflow.process;

import java.util.Locale;

/**
 * What an agent decides in a ticket's work step: the values of the work form's action, on which the process
 * branches. {@code ModelNamesTests} checks that the model and the form know each of them.
 */
public enum WorkAction {

	REPLY, NOTE, FAQ, CONSULT, AUTHORIZE, TRANSFER, PENDING, MERGE, CLOSE,
	/** Reply, and close the ticket in the same step (its resolution as for {@link #CLOSE}). */
	REPLY_AND_CLOSE,
	/** Reply, and set the ticket pending in the same step (until when and then what, as for {@link #PENDING}). */
	REPLY_AND_PENDING;

	/** The value the form sends and the model's conditions compare with, e.g. {@code replyAndClose}. */
	public String value() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder value = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			value.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return value.toString();
	}
}
