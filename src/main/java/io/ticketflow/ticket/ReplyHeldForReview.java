package io.ticketflow.ticket;

/** A trainee wrote a reply; it waits for a senior agent's review before the customer sees it. */
public record ReplyHeldForReview(long ticketId, String number, String trainee, String body, long draftArticleId) {
}
