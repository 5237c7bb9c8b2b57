package io.ticketflow.shared;

/** A rule of the help desk refused a request; the subclasses say which kind of refusal. */
public abstract class HelpDeskException extends RuntimeException {

	protected HelpDeskException(String message) {
		super(message);
	}

	/** The HTTP status of this refusal, through every door: bad input unless a subclass says otherwise. */
	public int status() {
		return 400;
	}
}
