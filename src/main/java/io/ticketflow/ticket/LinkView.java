package io.ticketflow.ticket;

import java.time.Instant;

/** A ticket linked to the one it is seen from, and what it is to that one. */
public record LinkView(String ticket, String title, TicketState state, LinkKind kind, String linkedBy, Instant linked) {
}
