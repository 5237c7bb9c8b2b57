package io.ticketflow.ticket;

/** A closed ticket opened again because its customer wrote; it goes back to the agent responsible for it. */
public record TicketReopened(long ticketId, String number, String queueGroup, String responsible) {
}
