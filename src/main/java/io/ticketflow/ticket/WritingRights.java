package io.ticketflow.ticket;

/**
 * What a person may write on a ticket now: an internal note, a reply to the customer (a trainee's is held for
 * review), the customer's words taken by phone. Screens offer only these; the server still checks each write.
 */
public record WritingRights(boolean note, boolean reply, boolean call) {
}
