package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
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
		Language language = reader(request);
		refusal.put("message", sentence(refusal.path("userId").asText(null), words(language, verb), action.group(1),
				language));
		refusal.remove("missingAuthorizations");
		return true;
	}

	/** Who may not do what with which task, and whom it is for, in the reader's language. */
	private String sentence(String user, String verb, String taskId, Language language) {
		String who = user == null ? words(language, "You") : user;
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return Translations.fill(Translations.MESSAGES, language, "{0} may not {1} this task.", who, verb);
		}
		List<String> groups = tasks.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.toList();
		String whom = task.getAssignee() != null ? task.getAssignee()
				: groups.isEmpty() ? words(language, "others")
						: Translations.fill(Translations.MESSAGES, language, "the members of {0}", String.join(", ",
								identity.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list().stream()
									.map(Group::getName).toList()));
		return Translations.fill(Translations.MESSAGES, language, "{0} may not {1} \"{2}\": it is work for {3}.", who,
				verb, ModelWords.name(language, task.getTaskDefinitionKey()).orElse(task.getName()), whom);
	}

	private static String words(Language language, String english) {
		return Translations.fill(Translations.MESSAGES, language, english);
	}
}
