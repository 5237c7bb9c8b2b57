package io.ticketflow.process;

import java.util.Set;

/**
 * A task of a ticket's process now waits for somebody: its assignee, or any member of its candidate groups.
 *
 * @param what why it waits, in the help desk's terms rather than the model's
 */
public record TaskWaiting(long ticketId, String ticketNumber, Waiting what, String assignee,
		Set<String> candidateGroups) {
}
