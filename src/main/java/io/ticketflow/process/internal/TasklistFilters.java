package io.ticketflow.process.internal;

import static io.ticketflow.process.internal.TicketModel.Task.AUTHORIZE;
import static io.ticketflow.process.internal.TicketModel.Task.CONSULT;
import static io.ticketflow.process.internal.TicketModel.Task.REVIEW;
import static io.ticketflow.process.internal.TicketModel.Task.TRIAGE;
import static io.ticketflow.process.internal.TicketModel.Task.WORK;

import io.ticketflow.rights.Persona;
import io.ticketflow.rights.Right;
import io.ticketflow.rights.Webapp;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The help desk's Tasklist filters, created once; each persona sees in them only the tasks it may see. Each filter
 * is granted to the personas whose job it is, by their rights: a dispatcher is not shown the reviews, an observer
 * sees only all open tickets. (Administrators may read every filter.)
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure("My tickets", -10, "Tickets I work on", Persona::writes,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensure("Unanswered", -8, "Tickets whose customer waits for an answer, oldest first",
				p -> p.has(Right.WRITE_TO_CUSTOMERS),
				tasks.createTaskQuery().processVariableValueEquals(Vars.ANSWERED, false)
					.taskDefinitionKeyIn(TRIAGE.id(), WORK.id()).orderByTaskCreateTime().asc());
		ensure("Escalated", -9, "Tickets of my queues past a service-level deadline, longest overdue first",
				Persona::writes, waitingForTheHelpDesk().dueBeforeExpression("${now()}").orderByDueDate().asc());
		ensure("Escalating within 1 hour", -9, "Tickets of my queues whose next deadline is within the hour",
				Persona::writes, waitingForTheHelpDesk().dueAfterExpression("${now()}")
					.dueBeforeExpression("${dateTime().plusHours(1).toDate()}").orderByDueDate().asc());
		ensure("Pending reminders due", -7, "Tickets whose reminder time has come", p -> p.has(Right.WORK_OWN_QUEUES),
				tasks.createTaskQuery().taskDefinitionKey(WORK.id()).followUpBeforeExpression("${now()}")
					.processVariableValueEquals(Vars.PENDING, true).orderByFollowUpDate().asc());
		ensure("My queues", -5, "Unclaimed tickets of my queues", p -> p.has(Right.WORK_OWN_QUEUES),
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
		ensure("To triage", -4, "New tickets waiting for a dispatcher", p -> p.has(Right.TRIAGE),
				tasks.createTaskQuery().taskDefinitionKey(TRIAGE.id()));
		// whoever may work a ticket may be consulted on it
		ensure("Consultations for me", -3, "Tickets an agent asked me about", Persona::writes,
				tasks.createTaskQuery().taskDefinitionKey(CONSULT.id()).taskAssigneeExpression("${currentUser()}"));
		ensure("Awaiting my authorization", -2, "Requests for authorizers to decide", p -> p.has(Right.AUTHORIZE),
				tasks.createTaskQuery().taskDefinitionKey(AUTHORIZE.id())
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
		ensure("Replies to review", -1, "Trainees' replies waiting for a senior agent", p -> p.has(Right.REVIEW),
				tasks.createTaskQuery().taskDefinitionKey(REVIEW.id())
					.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
		ensure("All open tickets", 0, "Every waiting task I may see (read only for observers)", p -> true,
				tasks.createTaskQuery());
	}

	/**
	 * Tasks of tickets that are not pending, waiting in the queues I work or for me: where a due date is a
	 * service-level deadline ({@link EscalationTimers}).
	 */
	private TaskQuery waitingForTheHelpDesk() {
		return tasks.createTaskQuery().taskDefinitionKeyIn(TRIAGE.id(), WORK.id(), CONSULT.id(), AUTHORIZE.id())
			.processVariableValueEquals(Vars.PENDING, false).or()
			.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
			.taskAssigneeExpression("${currentUser()}").endOr();
	}

	/** Creates the filter, or gives an existing one this version's query, keeping what else a person changed. */
	private void ensure(String name, int priority, String description, Predicate<Persona> job, TaskQuery query) {
		Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name);
			filter.setQuery(query);
			filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
			filters.saveFilter(filter);
		}
		else {
			filter.setQuery(query);
			filters.saveFilter(filter);
		}
		for (Persona persona : Persona.values()) {
			if (persona.webapps().contains(Webapp.TASKLIST) && !persona.has(Right.ADMINISTER) && job.test(persona)) {
				Grants.grant(authorizations, persona.group(), Resources.FILTER, filter.getId(), Permissions.READ);
			}
		}
	}
}
