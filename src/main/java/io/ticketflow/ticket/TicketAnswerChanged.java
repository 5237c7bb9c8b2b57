package io.ticketflow.ticket;

/**
 * A ticket became answered (an agent's reply went out) or unanswered again (the customer wrote).
 *
 * @param answered whether the customer's last message has a reply now
 */
public record TicketAnswerChanged(long ticketId, String number, boolean answered) {
}
