package io.ticketflow.mail;

/** The message could not be taken now (the database is away, say) and nothing was kept: deliver it again later. */
public class TemporaryMailFailure extends RuntimeException {

	public TemporaryMailFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
