package io.ticketflow.ticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An article as readers see it; {@code enteredBy} is who typed a customer's words given by phone, {@code reviewedBy}
 * the senior agent who approved a trainee's reply.
 */
public record ArticleView(
		long id,
		SenderType senderType,
		Channel channel,
		boolean visibleForCustomer,
		String author,
		String from,
		String to,
		String cc,
		String subject,
		String body,
		String bodyHtml,
		String messageId,
		String inReplyTo,
		String references,
		Instant created,
		List<AttachmentView> attachments,
		String enteredBy,
		String reviewedBy,
		String mergedFrom) {

	/** How agents see the article: customer, system, reply or internal note. */
	@JsonProperty
	public ArticleKind kind() {
		return ArticleKind.of(senderType, visibleForCustomer);
	}
}
