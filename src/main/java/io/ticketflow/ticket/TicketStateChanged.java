package io.ticketflow.ticket;

/** A ticket went from one state to another, by someone's hand or the system's. */
public record TicketStateChanged(long ticketId, String number, TicketState from, TicketState to, String actor) {
}
