package io.ticketflow.ticket;

/** A ticket's priority changed: by triage, by an agent, or because its customer is sensitive. */
public record TicketPriorityChanged(long ticketId, String number, int priority) {
}
