package io.ticketflow.mail.internal;

/** A message the help desk cannot read; it goes to the quarantine with this reason. */
public class UnreadableMailException extends Exception {

	public UnreadableMailException(String reason, Throwable cause) {
		super(reason, cause);
	}

	public UnreadableMailException(String reason) {
		super(reason);
	}
}
