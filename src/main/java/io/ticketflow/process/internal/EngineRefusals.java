package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine refuses a task to someone with a list of permissions on task ids; Tasklist shows that list as it is.
 * Here a refused action on a task reads as a sentence instead: who may not do what with which task, and whom it is
 * for. The status stays 403; the list of missing permissions is left out.
 */
class EngineRefusals extends EngineAnswerFilter {

	/** A change to one task: an action, its variables, its comments, its people, the task itself. */
	private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)(?:/([^/]+).*)?$");

	private static final Map<String, String> VERBS = Map.of("claim", "take", "assignee", "assign",
			"unclaim", "give back", "delegate", "delegate", "resolve", "resolve", "complete", "complete",
			"submit-form", "complete");

	private final TaskService tasks;

	private final IdentityService identity;

	EngineRefusals(ObjectMapper json, TaskService tasks, IdentityService identity) {
		super(json, HttpServletResponse.SC_FORBIDDEN);
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || !TASK_ACTION.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected boolean change(HttpServletRequest request, ObjectNode refusal) {
		// the engine's own refusals list what is missing; the help desk's already read as sentences
		if (!"AuthorizationException".equals(refusal.path("type").asText())
				|| refusal.path("missingAuthorizations").isEmpty()) {
			return false;
		}
		Matcher action = TASK_ACTION.matcher(request.getRequestURI());
		action.matches();
		String verb = action.group(2) == null ? "change" : VERBS.getOrDefault(action.group(2), "change");
		refusal.put("message", sentence(refusal.path("userId").asText("You"), verb, action.group(1)));
		refusal.remove("missingAuthorizations");
		return true;
	}

	private String sentence(String user, String verb, String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return user + " may not " + verb + " this task.";
		}
		List<String> groups = tasks.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.toList();
		String whom = task.getAssignee() != null ? task.getAssignee()
				: groups.isEmpty() ? "others" : "the members of " + String.join(", ", identity.createGroupQuery()
					.groupIdIn(groups.toArray(String[]::new)).list().stream().map(Group::getName).toList());
		return user + " may not " + verb + " \"" + task.getName() + "\": it is work for " + whom + ".";
	}
}
