package io.ticketflow.process;

import io.ticketflow.process.internal.ClaimCheck;
import io.ticketflow.process.internal.TicketModel;
import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/** The tasks that wait in a ticket's process. */
@Service
public class TicketTasks {

	private final TaskService tasks;

	private final IdentityService identity;

	private final Directory directory;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final ClaimCheck claims;

	TicketTasks(TaskService tasks, IdentityService identity, Directory directory, RuntimeService runtime,
			HistoryService history, ClaimCheck claims) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.claims = claims;
		this.identity = identity;
		this.directory = directory;
	}

	public List<OpenTask> of(String ticketNumber) {
		return tasks.createTaskQuery().processInstanceBusinessKey(ticketNumber).orderByTaskCreateTime().asc().list()
				.stream()
				.map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
						t.getCreateTime().toInstant()))
				.toList();
	}

	/**
	 * The steps the ticket's processes went through, oldest first, gateways left out: what Cockpit shows of a running
	 * instance only, for finished ones too. A reopened ticket has one process after the other.
	 */
	public List<ProcessStep> steps(String ticketNumber) {
		return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ticketNumber)
			.orderByProcessInstanceStartTime().asc().list().stream()
			.flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
				.orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream())
			.filter(a -> !a.getActivityType().endsWith("Gateway"))
			.map(a -> new ProcessStep(a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getAssignee(),
					a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant()))
			.toList();
	}

	/** Whether the user may take the task, which nobody has yet: what Tasklist's Claim is offered by. */
	public boolean mayClaim(String taskId, String user) {
		return claims.mayClaim(openTask(taskId), user);
	}

	/** The number of the ticket a task belongs to. */
	public String ticketOf(String taskId) {
		Task task = openTask(taskId);
		if (task.getProcessInstanceId() == null) {
			throw new NotFoundException("no open task " + taskId);
		}
		return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
			.getBusinessKey();
	}

	private Task openTask(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("no open task " + taskId);
		}
		return task;
	}

	/**
	 * The agent decides the ticket's work step: claims and completes it with the action and the form's other
	 * fields, as Tasklist would.
	 */
	@Transactional
	public void work(String ticketNumber, String user, WorkAction action, Map<String, Object> fields) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(ticketNumber)
			.taskDefinitionKey(TicketModel.Task.WORK.id()).singleResult();
		if (task != null && task.getAssignee() != null && !task.getAssignee().equals(user)) {
			throw new ActionNotAllowedException("ticket " + ticketNumber + " is worked by " + task.getAssignee());
		}
		Map<String, Object> variables = new HashMap<>(fields);
		variables.put(TicketModel.WORK_ACTION, action.value());
		complete(ticketNumber, TicketModel.Task.WORK.id(), user, variables);
	}

	/**
	 * Claims and completes the open task of the given step for a user, with the user's authorizations, as Tasklist
	 * would.
	 */
	@Transactional
	public void complete(String ticketNumber, String step, String user, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(ticketNumber).taskDefinitionKey(step)
				.singleResult();
		if (task == null) {
			throw new NotFoundException("ticket " + ticketNumber + " has no open task " + step);
		}
		identity.setAuthentication(user, List.copyOf(directory.groupsOf(user)));
		try {
			if (task.getAssignee() == null) {
				tasks.claim(task.getId(), user);
			}
			tasks.complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}
}
