package io.ticketflow.shared;

/** The action is valid in itself but not in the current state of the thing it acts on. */
public class ActionNotAllowedException extends HelpDeskException {

	public ActionNotAllowedException(String message) {
		super(message);
	}

	@Override
	public int status() {
		return 409;
	}
}
