package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.process.WebappSessions;
import io.ticketflow.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Adds the variable {@code ticket} to what Tasklist (and the engine's REST API) answer for a task's form
 * variables: the ticket as it is in the database at this moment, so that every form shows the whole, current
 * ticket without the process keeping a copy of it. Only answers the engine already allowed are extended.
 */
class TicketFormVariables extends EngineAnswerFilter {

	static final String VARIABLE = "ticket";

	private static final Pattern FORM_VARIABLES = Pattern.compile(".*/task/([^/]+)/form-variables$");

	private final TicketSnapshots snapshots;

	private final TaskService tasks;

	private final WebappSessions sessions;

	TicketFormVariables(TicketSnapshots snapshots, ObjectMapper json, TaskService tasks, WebappSessions sessions) {
		super(json, HttpServletResponse.SC_OK);
		this.sessions = sessions;
		this.snapshots = snapshots;
		this.tasks = tasks;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String names = request.getParameter("variableNames");
		return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).matches()
				|| (names != null && !names.contains(VARIABLE));
	}

	@Override
	protected boolean change(HttpServletRequest request, ObjectNode variables) {
		JsonNode ticketId = variables.path(Vars.TICKET_ID).path("value");
		if (!ticketId.canConvertToLong()) {
			return false;
		}
		ObjectNode ticket = variables.putObject(VARIABLE);
		ticket.put("type", "Json");
		String assignee = assignee(request);
		String viewer = sessions.signedInUser(request).orElse(null);
		// the header in the language the webapps speak: the browser's
		Language language = reader(request);
		ticket.put("value", snapshots.of(ticketId.asLong(), assignee != null, assignee != null ? assignee : viewer,
				viewer, language));
		ticket.putObject("valueInfo");
		return true;
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
