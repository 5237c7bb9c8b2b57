package io.ticketflow.ticket;

/**
 * What a person may write on a ticket now: an internal note, a reply to the customer, the customer's words taken by
 * phone; and whether their reply waits for a senior agent's review (a trainee's, or anyone's but a senior's to a
 * sensitive customer), which then goes to the customer alone, under the ticket's subject, without files and without
 * changing the ticket's state. Screens offer only these; the server still checks each write.
 */
public record WritingRights(boolean note, boolean reply, boolean call, boolean replyReviewed) {
}
