package io.ticketflow.faq;

import java.time.Instant;

public record FaqView(long id, int version, String category, String question, String answer, String answerHtml,
		String keywords, String language, FaqState state, String author, Instant changed) {
}
