package io.ticketflow.ticket;

/**
 * An article was written for the customer to read in their mailbox: a reply, an auto-response, a rejection. The
 * mail module sends it; the article is the record of it.
 *
 * @param automatic written by the help desk itself, not by a person (auto-responses must not start mail loops)
 */
public record CustomerMessageWritten(long ticketId, String number, long articleId, String to, String subject,
		String body, String messageId, String inReplyTo, String references, boolean automatic, String queueAddress) {
}
