package io.ticketflow.api;

import jakarta.validation.constraints.NotNull;

/** A customer's or a company's mark as sensitive, set or taken away. */
record Sensitivity(@NotNull Boolean sensitive) {

	/** @param tickets the open tickets that changed with it */
	record Changed(boolean sensitive, int tickets) {
	}
}
