package io.ticketflow.shared;

/** The user is known but their persona does not allow the action. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
