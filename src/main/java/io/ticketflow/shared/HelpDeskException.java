package io.ticketflow.shared;

/** A rule of the help desk refused a request; the subclasses say which kind of refusal. */
public abstract class HelpDeskException extends RuntimeException {

	protected HelpDeskException(String message) {
		super(message);
	}
}
