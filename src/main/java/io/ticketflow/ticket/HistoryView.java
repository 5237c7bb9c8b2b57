package io.ticketflow.ticket;

import java.time.Instant;

public record HistoryView(HistoryType type, String actor, String detail, Instant created) {
}
