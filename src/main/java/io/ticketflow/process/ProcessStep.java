package io.ticketflow.process;

import java.time.Instant;

/**
 * A step a ticket's process went through, from the engine's history: a task, an automatic step or an event.
 *
 * @param step the element's id in ticket.bpmn, e.g. Task_Work
 * @param ended null while the step still waits
 */
public record ProcessStep(String step, String name, String type, String assignee, Instant started, Instant ended) {
}
