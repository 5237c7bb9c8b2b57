package io.ticketflow.ticket;

import java.util.List;

/**
 * What the composer starts a reply with, as OTRS's: whom it goes to, who gets a copy (the others the quoted mail was
 * written to), the subject, and the quoted message.
 *
 * @param quoted the article quoted, or null when the customer has written nothing yet
 * @param body the quote: a header line, then each line of the message after "> "
 */
public record ReplyDraft(List<String> to, List<String> cc, String subject, Long quoted, String body) {
}
