package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine refuses a task to someone with a list of permissions on task ids; Tasklist shows that list as it is.
 * Here a refused action on a task reads as a sentence instead: who may not do what with which task, and whom it is
 * for. The status stays 403; the list of missing permissions is left out.
 */
class EngineRefusals extends OncePerRequestFilter {

	/** A change to one task: an action, its variables, its comments, its people, the task itself. */
	private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)(?:/([^/]+).*)?$");

	private static final Map<String, String> VERBS = Map.of("claim", "take", "assignee", "assign",
			"unclaim", "give back", "delegate", "delegate", "resolve", "resolve", "complete", "complete",
			"submit-form", "complete");

	private final ObjectMapper json;

	private final TaskService tasks;

	private final IdentityService identity;

	EngineRefusals(ObjectMapper json, TaskService tasks, IdentityService identity) {
		this.json = json;
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || !TASK_ACTION.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
			JsonNode refusal = json.readTree(wrapper.getContentAsByteArray());
			// the engine's own refusals list what is missing; the help desk's already read as sentences
			if (refusal instanceof ObjectNode body && "AuthorizationException".equals(body.path("type").asText())
					&& !body.path("missingAuthorizations").isEmpty()) {
				Matcher action = TASK_ACTION.matcher(request.getRequestURI());
				action.matches();
				String verb = action.group(2) == null ? "change" : VERBS.getOrDefault(action.group(2), "change");
				body.put("message", sentence(body.path("userId").asText("You"), verb, action.group(1)));
				body.remove("missingAuthorizations");
				wrapper.resetBuffer();
				wrapper.getOutputStream().write(json.writeValueAsBytes(body));
			}
		}
		wrapper.copyBodyToResponse();
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
