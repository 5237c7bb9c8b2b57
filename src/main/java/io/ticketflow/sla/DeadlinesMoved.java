package io.ticketflow.sla;

/** A ticket's deadlines changed: they began, were met, paused, resumed or were chosen anew. */
public record DeadlinesMoved(long ticketId, String number) {
}
