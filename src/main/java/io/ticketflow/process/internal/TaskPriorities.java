package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketPriorityChanged;
import io.ticketflow.ticket.TicketQueries;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task carries its ticket's priority (1 very low to 5 very high) instead of Camunda's default 50, so that the
 * card shows one priority and Tasklist sorts by the ticket's; when the ticket's priority changes, its open tasks
 * follow.
 */
@Component
class TaskPriorities {

	private final TicketQueries queries;

	private final TaskService tasks;

	private final Engine engine;

	TaskPriorities(TicketQueries queries, TaskService tasks, Engine engine) {
		this.queries = queries;
		this.tasks = tasks;
		this.engine = engine;
	}

	@EventListener
	void on(TicketPriorityChanged changed) {
		engine.asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(changed.number()).list().stream()
			.filter(task -> task.getPriority() != changed.priority())
			.forEach(task -> tasks.setPriority(task.getId(), changed.priority())));
	}

	@EventListener
	void on(DelegateTask task) {
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.hasVariable(Vars.TICKET_ID)) {
			task.setPriority(queries.ticket(Vars.ticketId(task)).priority());
		}
	}
}
