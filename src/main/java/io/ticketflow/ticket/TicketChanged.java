package io.ticketflow.ticket;

/** Something about a ticket changed: a property, an article, its history. */
public record TicketChanged(long ticketId, String number) {
}
