package io.ticketflow.process.internal;

import io.ticketflow.process.Directory;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ForbiddenException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Whether a person may take a task nobody has yet, asked before they try: as the engine's authorizations allow, and
 * for a ticket's work, as the help desk's rights allow (its listener refuses anyone who may not work the queue).
 * Tasklist offers Claim only then.
 */
@Component
public class ClaimCheck {

	private final AuthorizationService authorizations;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Directory directory;

	private final Rights rights;

	private final ProcessEngine engine;

	ClaimCheck(AuthorizationService authorizations, RuntimeService runtime, TaskService tasks, Directory directory,
			Rights rights, ProcessEngine engine) {
		this.authorizations = authorizations;
		this.runtime = runtime;
		this.tasks = tasks;
		this.directory = directory;
		this.rights = rights;
		this.engine = engine;
	}

	public boolean mayClaim(Task task, String user) {
		if (task.getAssignee() != null) {
			return false;
		}
		Set<String> groups = directory.groupsOf(user);
		if (!administrator(user, groups) && !engineAllows(task, user, List.copyOf(groups))) {
			return false;
		}
		return helpDeskAllows(task, user);
	}

	/**
	 * Refuses, before the engine takes a task's assignee, a person the help desk does not let work the ticket's
	 * queue. The work task's listener would refuse them too, but the engine reports a listener's refusal as its own
	 * failure (400); this one is the help desk's, a 403 that says why, through every door.
	 */
	void requireHelpDeskAllows(String taskId, String user) {
		Task task = taskId == null || user == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task != null && !helpDeskAllows(task, user)) {
			throw new ForbiddenException(user + " may not take \"" + task.getName()
					+ "\": it is work for those who work the ticket's queue.");
		}
	}

	private boolean helpDeskAllows(Task task, String user) {
		if (!TicketModel.Task.WORK.id().equals(task.getTaskDefinitionKey())) {
			return true;
		}
		Object queueGroup = runtime.getVariable(task.getExecutionId(), Vars.QUEUE_GROUP);
		return queueGroup != null && rights.mayWork(user, queueGroup.toString());
	}

	private boolean engineAllows(Task task, String user, List<String> groups) {
		return allowed(user, groups, Permissions.UPDATE, Resources.TASK, task.getId())
				|| allowed(user, groups, TaskPermissions.TASK_ASSIGN, Resources.TASK, task.getId())
				|| allowed(user, groups, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
						TicketModel.PROCESS)
				|| allowed(user, groups, ProcessDefinitionPermissions.TASK_ASSIGN, Resources.PROCESS_DEFINITION,
						TicketModel.PROCESS);
	}

	private boolean allowed(String user, List<String> groups, Permission permission, Resource resource, String id) {
		return authorizations.isUserAuthorized(user, groups, permission, resource, id);
	}

	/** The engine's administrators pass every authorization check. */
	private boolean administrator(String user, Set<String> groups) {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
		List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
		return adminUsers.contains(user) || groups.stream().anyMatch(adminGroups::contains);
	}
}
