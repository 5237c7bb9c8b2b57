package io.ticketflow.process.internal;

import io.ticketflow.rights.Actors;
import io.ticketflow.shared.ForbiddenException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The process variables of a ticket's process. The application writes the ones it relies on ({@link #KEPT});
 * nobody else can (see {@link EngineDoors}). The rest are what a person entered in a task's form, which the steps
 * validate before they act. The ticket's data itself, and who does what, live in the database.
 */
final class Vars {

	static final String TICKET_ID = "ticketId";
	static final String QUEUE_GROUP = "queueGroup";
	static final String NEEDS_TRIAGE = "needsTriage";
	static final String ANSWERED = "answered";
	/** Whether the ticket is pending, mirrored from its state: Tasklist tells a due reminder from an escalation. */
	static final String PENDING = "pending";
	/** The moment the pending timer fires; the form's field {@code pendingUntil} is only what the agent asked for. */
	static final String PENDING_DUE = "pendingDue";
	/** Whether the pending time reminds the agent or closes the ticket, from the ticket's state. */
	static final String PENDING_REMINDER = "pendingReminder";
	/** Whether the ticket still waits for a consultant after a consultant gave it back. */
	static final String CONSULTATION_OPEN = "consultationOpen";
	/** The article holding a trainee's reply while it waits for review. */
	static final String DRAFT_ARTICLE = "draftArticle";
	static final String REVIEWED_ARTICLE = "reviewedArticle";
	/** The escalation timers' cycle: the ticket's next service-level moments, written by {@link EscalationTimers}. */
	static final String ESCALATION_CYCLE = "escalationCycle";
	/** The due date {@link EscalationTimers} last gave the ticket's tasks, to tell it from one set by hand. */
	static final String ESCALATION_DUE = "escalationDue";

	/**
	 * What the application writes and relies on, with the names earlier versions of the model used: nobody outside
	 * the application may write, remove or add them.
	 */
	static final Set<String> KEPT = Set.of(TICKET_ID, QUEUE_GROUP, NEEDS_TRIAGE, ANSWERED, PENDING, PENDING_DUE,
			PENDING_REMINDER, CONSULTATION_OPEN, DRAFT_ARTICLE, REVIEWED_ARTICLE, ESCALATION_CYCLE, ESCALATION_DUE,
			"responsible", "consultChain",
			"draftAuthor", "reviewedAuthor");

	private Vars() {
	}

	static long ticketId(VariableScope scope) {
		return ((Number) scope.getVariable(TICKET_ID)).longValue();
	}

	static String string(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	static Integer integer(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value instanceof Number number) {
			return number.intValue();
		}
		return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().strip());
	}

	static long longValue(VariableScope scope, String name) {
		return ((Number) scope.getVariable(name)).longValue();
	}

	/** Who changed a task: the signed-in person, or the system when the application itself did. */
	static String actor(DelegateTask task) {
		Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return auth == null || auth.getUserId() == null ? Actors.SYSTEM : auth.getUserId();
	}

	/**
	 * The person who did the step: the user signed in to Tasklist, the engine's REST API or the help desk's API. A
	 * step that stands for a person's decision never runs without one (a job, a batch, a timer).
	 */
	static String person(DelegateExecution execution) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth == null || auth.getUserId() == null) {
			throw new ForbiddenException("the step " + execution.getCurrentActivityName()
					+ " stands for a person's decision and runs only when a signed-in person completes a task");
		}
		return auth.getUserId();
	}
}
