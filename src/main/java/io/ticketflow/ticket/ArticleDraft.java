package io.ticketflow.ticket;

import io.ticketflow.rights.Actors;
import java.util.List;
import java.util.Objects;

/**
 * Everything an article is made of, before it is written to a ticket.
 *
 * @param enteredBy the logged-in user who typed it for somebody else (a customer's words taken by phone); null when
 *     the author wrote it themselves or it came by mail
 * @param reviewedBy the senior agent who approved a trainee's reply, possibly edited, before it went out; null for
 *     everything else
 */
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
		String references,
		List<AttachmentDraft> attachments,
		String enteredBy,
		String reviewedBy) {

	public ArticleDraft(SenderType senderType, Channel channel, boolean visibleForCustomer, String author, String from,
			String to, String cc, String subject, String body, String bodyHtml, String messageId, String inReplyTo,
			String references, List<AttachmentDraft> attachments) {
		this(senderType, channel, visibleForCustomer, author, from, to, cc, subject, body, bodyHtml, messageId,
				inReplyTo, references, attachments, null, null);
	}

	public ArticleDraft {
		Objects.requireNonNull(senderType, "senderType");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(body, "body");
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A file that came with an article. */
	public record AttachmentDraft(String filename, String contentType, byte[] content) {
	}

	/** A customer's e-mail, with its threading headers and attachments; internal when from a stranger. */
	public static ArticleDraft fromMail(String from, String to, String cc, String subject, String body, String html,
			String messageId, String inReplyTo, String references, List<AttachmentDraft> attachments,
			boolean visibleForCustomer) {
		return new ArticleDraft(SenderType.CUSTOMER, Channel.EMAIL, visibleForCustomer, from, from, to, cc, subject,
				body, html, messageId, inReplyTo, references, attachments);
	}

	/** The same article with the threading headers of an outgoing mail. */
	public ArticleDraft threaded(String newMessageId, String newInReplyTo, String newReferences) {
		return new ArticleDraft(senderType, channel, visibleForCustomer, author, from, to, cc, subject, body, bodyHtml,
				newMessageId, newInReplyTo, newReferences, attachments, enteredBy, reviewedBy);
	}

	/** The same article with these files. */
	public ArticleDraft withAttachments(List<AttachmentDraft> files) {
		return new ArticleDraft(senderType, channel, visibleForCustomer, author, from, to, cc, subject, body, bodyHtml,
				messageId, inReplyTo, references, files, enteredBy, reviewedBy);
	}

	/** The same article with these addresses in copy (comma-separated), or none. */
	public ArticleDraft withCc(String addresses) {
		return new ArticleDraft(senderType, channel, visibleForCustomer, author, from, to, addresses, subject, body,
				bodyHtml, messageId, inReplyTo, references, attachments, enteredBy, reviewedBy);
	}

	/** The same article, typed in by the given user on the author's behalf. */
	public ArticleDraft enteredBy(String user) {
		return new ArticleDraft(senderType, channel, visibleForCustomer, author, from, to, cc, subject, body, bodyHtml,
				messageId, inReplyTo, references, attachments, user, reviewedBy);
	}

	/** The same article, approved by the given senior agent before it went out. */
	public ArticleDraft reviewedBy(String reviewer) {
		return new ArticleDraft(senderType, channel, visibleForCustomer, author, from, to, cc, subject, body, bodyHtml,
				messageId, inReplyTo, references, attachments, enteredBy, reviewer);
	}

	/**
	 * Written by an agent or the system to go out by mail: for the customer to read in their mailbox, or an agent's
	 * forward to someone else.
	 */
	public boolean isOutgoingMail() {
		return channel == Channel.EMAIL && senderType != SenderType.CUSTOMER && to != null;
	}

	/** An internal note by an agent: never shown to the customer. */
	public static ArticleDraft note(String agent, String subject, String body) {
		return new ArticleDraft(SenderType.AGENT, Channel.NOTE, false, agent, agent, null, null, subject, body, null,
				null, null, null, List.of());
	}

	/** An agent's answer to the customer. */
	public static ArticleDraft reply(String agent, String to, String subject, String body) {
		return new ArticleDraft(SenderType.AGENT, Channel.EMAIL, true, agent, agent, to, null, subject, body, null,
				null, null, null, List.of());
	}

	/**
	 * An article an agent forwards by mail to someone who is not the customer (addresses comma-separated): it goes
	 * out, and the customer never sees it.
	 */
	public static ArticleDraft forward(String agent, String to, String subject, String body) {
		return new ArticleDraft(SenderType.AGENT, Channel.EMAIL, false, agent, agent, to, null, subject, body, null,
				null, null, null, List.of());
	}

	/** What the customer said, taken by phone or a web form. */
	public static ArticleDraft fromCustomer(Channel channel, String customer, String subject, String body) {
		return new ArticleDraft(SenderType.CUSTOMER, channel, true, customer, customer, null, null, subject, body,
				null, null, null, null, List.of());
	}

	/** A message of the help desk itself, e.g. a rejection of a follow-up. */
	public static ArticleDraft system(String to, String subject, String body) {
		return new ArticleDraft(SenderType.SYSTEM, Channel.EMAIL, true, Actors.SYSTEM, null, to, null, subject, body,
				null, null, null, null, List.of());
	}
}
