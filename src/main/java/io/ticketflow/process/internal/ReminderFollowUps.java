package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketQueries;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reminders that came back to their agent under a version that marked them by their due date alone get their
 * follow-up date from the ticket at start-up, so that "Pending reminders due" keeps listing them. Afterwards every
 * reminder gets it when it comes back ({@code remindWhenDue}) and nothing is left to do.
 */
@Component
@Order(3)
class ReminderFollowUps implements ApplicationRunner {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TicketQueries tickets;

	private final Engine engine;

	ReminderFollowUps(TaskService tasks, RuntimeService runtime, TicketQueries tickets, Engine engine) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.tickets = tickets;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		engine.asSystem(this::addMissing);
	}

	/** Returns how many follow-up dates were added; the work tasks of pending tickets alone are read. */
	int addMissing() {
		int added = 0;
		for (Task task : tasks.createTaskQuery().taskDefinitionKey(TicketModel.Task.WORK.id())
			.processVariableValueEquals(Vars.PENDING, true).list()) {
			if (task.getFollowUpDate() != null) {
				continue;
			}
			Object ticketId = runtime.getVariable(task.getProcessInstanceId(), Vars.TICKET_ID);
			Instant reminder = ticketId instanceof Number id ? tickets.ticket(id.longValue()).reminder() : null;
			if (reminder != null) {
				task.setFollowUpDate(Date.from(reminder));
				tasks.saveTask(task);
				added++;
			}
		}
		return added;
	}
}
