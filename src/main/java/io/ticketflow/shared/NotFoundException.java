package io.ticketflow.shared;

/** Something asked for by its key does not exist. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
