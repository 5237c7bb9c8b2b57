package io.ticketflow.sla;

/** A service level given to a queue, a company or a customer (by address). */
public record AssignmentView(AssignedTo to, String target, String serviceLevel) {
}
