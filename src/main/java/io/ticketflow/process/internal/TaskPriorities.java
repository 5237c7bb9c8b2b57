package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketQueries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task carries its ticket's priority (1 very low to 5 very high) instead of Camunda's default 50, so that the
 * card shows one priority and Tasklist sorts by the ticket's. Only triage changes a ticket's priority, and the task
 * that follows it is created afterwards.
 */
@Component
class TaskPriorities {

	private final TicketQueries queries;

	TaskPriorities(TicketQueries queries) {
		this.queries = queries;
	}

	@EventListener
	void on(DelegateTask task) {
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.hasVariable(Vars.TICKET_ID)) {
			task.setPriority(queries.ticket(Vars.ticketId(task)).priority());
		}
	}
}
