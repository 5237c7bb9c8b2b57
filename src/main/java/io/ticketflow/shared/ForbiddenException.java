package io.ticketflow.shared;

/** The user is known but their persona does not allow the action. */
public class ForbiddenException extends HelpDeskException {

	public ForbiddenException(String message) {
		super(message);
	}

	@Override
	public int status() {
		return 403;
	}
}
