package io.ticketflow.process.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consultants a consultation passed through, oldest first, kept as a comma-separated process variable. Each
 * return goes back exactly one step: to the consultant who passed the ticket on, or, when the chain is empty, to
 * the agent who asked.
 */
record ConsultationChain(List<String> consultants) {

	static ConsultationChain parse(String value) {
		if (value == null || value.isBlank()) {
			return new ConsultationChain(List.of());
		}
		return new ConsultationChain(List.copyOf(Arrays.asList(value.split(","))));
	}

	ConsultationChain push(String consultant) {
		List<String> next = new ArrayList<>(consultants);
		next.add(consultant);
		return new ConsultationChain(List.copyOf(next));
	}

	boolean isEmpty() {
		return consultants.isEmpty();
	}

	/** The consultant to return to; only valid when the chain is not empty. */
	String previous() {
		return consultants.get(consultants.size() - 1);
	}

	ConsultationChain pop() {
		return new ConsultationChain(List.copyOf(consultants.subList(0, consultants.size() - 1)));
	}

	String format() {
		return String.join(",", consultants);
	}
}
