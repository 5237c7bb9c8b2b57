package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.ticketflow.process.WebappSessions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds the variable {@code ticket} to what Tasklist (and the engine's REST API) answer for a task's form
 * variables: the ticket as it is in the database at this moment, so that every form shows the whole, current
 * ticket without the process keeping a copy of it. Only answers the engine already allowed are extended.
 */
class TicketFormVariables extends OncePerRequestFilter {

	static final String VARIABLE = "ticket";

	private static final Pattern FORM_VARIABLES = Pattern.compile(".*/task/([^/]+)/form-variables$");

	private final TicketSnapshots snapshots;

	private final ObjectMapper json;

	private final TaskService tasks;

	private final WebappSessions sessions;

	TicketFormVariables(TicketSnapshots snapshots, ObjectMapper json, TaskService tasks, WebappSessions sessions) {
		this.sessions = sessions;
		this.snapshots = snapshots;
		this.json = json;
		this.tasks = tasks;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String names = request.getParameter("variableNames");
		return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).matches()
				|| (names != null && !names.contains(VARIABLE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
			JsonNode variables = json.readTree(wrapper.getContentAsByteArray());
			JsonNode ticketId = variables.path(Vars.TICKET_ID).path("value");
			if (variables instanceof ObjectNode object && ticketId.canConvertToLong()) {
				ObjectNode ticket = object.putObject(VARIABLE);
				ticket.put("type", "Json");
				String assignee = assignee(request);
				String worker = assignee != null ? assignee : sessions.signedInUser(request).orElse(null);
				ticket.put("value", snapshots.of(ticketId.asLong(), assignee != null, worker));
				ticket.putObject("valueInfo");
				wrapper.resetBuffer();
				wrapper.getOutputStream().write(json.writeValueAsBytes(object));
			}
		}
		wrapper.copyBodyToResponse();
	}

	/** Who claimed the task, or null: an unclaimed task's form is read only until somebody does. */
	private String assignee(HttpServletRequest request) {
		Matcher task = FORM_VARIABLES.matcher(request.getRequestURI());
		if (!task.matches()) {
			return null;
		}
		Task found = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
		return found == null ? null : found.getAssignee();
	}
}
