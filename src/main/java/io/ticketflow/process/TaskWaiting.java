package io.ticketflow.process;

import java.util.Set;

/**
 * A user task of a ticket's process now waits for somebody: its assignee, or any member of its candidate groups.
 *
 * @param step the task's id in ticket.bpmn, e.g. Task_Consult
 */
public record TaskWaiting(long ticketId, String ticketNumber, String step, String name, String assignee, Set<String> candidateGroups) {
}
