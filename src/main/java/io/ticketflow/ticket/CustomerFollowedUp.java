package io.ticketflow.ticket;

/** The customer wrote again to a ticket that is still being worked. */
public record CustomerFollowedUp(long ticketId, String number) {
}
