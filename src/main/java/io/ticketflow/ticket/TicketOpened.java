package io.ticketflow.ticket;

/**
 * A ticket was created; its process must start.
 *
 * @param needsTriage true when nobody chose a queue yet: a dispatcher has to
 * @param queueGroup the group whose agents work the ticket's queue
 */
public record TicketOpened(long ticketId, String number, boolean needsTriage, String queueGroup) {
}
