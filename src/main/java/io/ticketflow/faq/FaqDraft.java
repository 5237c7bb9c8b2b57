package io.ticketflow.faq;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The content of one version of an FAQ entry. */
public record FaqDraft(
		@NotBlank @Size(max = 100) String category,
		@NotBlank @Size(max = 500) String question,
		@NotBlank @Size(max = 50_000) String answer,
		@Size(max = 100_000) String answerHtml,
		@Size(max = 1000) String keywords,
		@NotNull @Pattern(regexp = "en|ru", message = "en or ru") String language,
		@NotNull FaqState state) {
}
