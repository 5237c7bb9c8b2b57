package io.ticketflow.faq;

/** An entry that matches a search, best first. */
public record FaqHit(long id, String question, String answer, String category, String language, FaqState state,
		double score) {
}
