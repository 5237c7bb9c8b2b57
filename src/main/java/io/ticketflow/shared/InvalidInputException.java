package io.ticketflow.shared;

/** Input that breaks a rule of the help desk; names the field so that a client can show it. */
public class InvalidInputException extends HelpDeskException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
