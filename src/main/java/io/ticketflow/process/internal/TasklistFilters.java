package io.ticketflow.process.internal;

import static io.ticketflow.process.internal.TicketModel.Task.AUTHORIZE;
import static io.ticketflow.process.internal.TicketModel.Task.CONSULT;
import static io.ticketflow.process.internal.TicketModel.Task.REVIEW;
import static io.ticketflow.process.internal.TicketModel.Task.TRIAGE;
import static io.ticketflow.process.internal.TicketModel.Task.WORK;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The help desk's Tasklist filters, created once; each persona sees in them only the tasks it may see. */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

	private final FilterService filters;

	private final TaskService tasks;

	TasklistFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure("My tickets", -10, "Tickets I work on", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensure("Unanswered", -8, "Tickets whose customer waits for an answer, oldest first",
				tasks.createTaskQuery().processVariableValueEquals(Vars.ANSWERED, false)
					.taskDefinitionKeyIn(TRIAGE.id(), WORK.id()).orderByTaskCreateTime().asc());
		ensure("Pending reminders due", -7, "Tickets whose reminder time has come",
				tasks.createTaskQuery().taskDefinitionKey(WORK.id()).dueBeforeExpression("${now()}").orderByDueDate().asc());
		ensure("My queues", -5, "Unclaimed tickets of my queues",
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
		ensure("To triage", -4, "New tickets waiting for a dispatcher",
				tasks.createTaskQuery().taskDefinitionKey(TRIAGE.id()));
		ensure("Consultations for me", -3, "Tickets an agent asked me about",
				tasks.createTaskQuery().taskDefinitionKey(CONSULT.id()).taskAssigneeExpression("${currentUser()}"));
		ensure("Awaiting my authorization", -2, "Requests for authorizers to decide",
				tasks.createTaskQuery().taskDefinitionKey(AUTHORIZE.id())
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
		ensure("Replies to review", -1, "Trainees' replies waiting for a senior agent",
				tasks.createTaskQuery().taskDefinitionKey(REVIEW.id())
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
		ensure("All open tickets", 0, "Every waiting task I may see (read only for observers)", tasks.createTaskQuery());
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		if (filters.createTaskFilterQuery().filterName(name).count() > 0) {
			return;
		}
		var filter = filters.newTaskFilter(name);
		filter.setQuery(query);
		filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
		filters.saveFilter(filter);
	}
}
