package io.ticketflow.ticket;

/**
 * The agent working a ticket no longer does: the work went back to the queue, given back by the agent or taken
 * from them (the unlock timeout, an administrator).
 *
 * @param actor who released it: the agent, or the system
 */
public record WorkReleased(long ticketId, String number, String agent, String actor) {
}
