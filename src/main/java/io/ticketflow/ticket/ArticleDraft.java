package io.ticketflow.ticket;

import io.ticketflow.rights.Actors;
import java.util.Objects;

/** Everything an article is made of, before it is written to a ticket. */
public record ArticleDraft(
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
		String references) {

	public ArticleDraft {
		Objects.requireNonNull(senderType, "senderType");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(body, "body");
	}

	/** An internal note by an agent: never shown to the customer. */
	public static ArticleDraft note(String agent, String subject, String body) {
		return new ArticleDraft(SenderType.AGENT, Channel.NOTE, false, agent, agent, null, null, subject, body, null,
				null, null, null);
	}

	/** An agent's answer to the customer. */
	public static ArticleDraft reply(String agent, String to, String subject, String body) {
		return new ArticleDraft(SenderType.AGENT, Channel.EMAIL, true, agent, agent, to, null, subject, body, null,
				null, null, null);
	}

	/** What the customer said, taken by phone or a web form. */
	public static ArticleDraft fromCustomer(Channel channel, String customer, String subject, String body) {
		return new ArticleDraft(SenderType.CUSTOMER, channel, true, customer, customer, null, null, subject, body,
				null, null, null, null);
	}

	/** A message of the help desk itself, e.g. a rejection of a follow-up. */
	public static ArticleDraft system(String to, String subject, String body) {
		return new ArticleDraft(SenderType.SYSTEM, Channel.EMAIL, true, Actors.SYSTEM, null, to, null, subject, body,
				null, null, null, null);
	}
}
