package io.ticketflow.process;

import java.time.Instant;

/** A user task of a ticket's process that waits for somebody. */
public record OpenTask(String id, String step, String name, String assignee, Instant created) {
}
