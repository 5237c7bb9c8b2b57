package io.ticketflow.shared;

/** Something asked for by its key does not exist. */
public class NotFoundException extends HelpDeskException {

	public NotFoundException(String message) {
		super(message);
	}

	@Override
	public int status() {
		return 404;
	}
}
