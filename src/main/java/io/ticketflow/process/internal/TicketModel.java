package io.ticketflow.process.internal;

import io.ticketflow.process.Waiting;
import io.ticketflow.process.WorkAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one place code names what {@code processes/ticket.bpmn} and {@code forms/*.form} define: the process, its user
 * tasks and messages, and the form values the process or its steps compare with. {@code ModelNamesTests} reads the
 * model and the forms and fails when one of these names is missing there.
 */
public final class TicketModel {

	public static final String PROCESS = "ticket";

	/** The user tasks; the modules outside the process hear {@link Waiting} instead. */
	public enum Task {

		TRIAGE("Task_Triage", Waiting.NEW_TICKET_TO_TRIAGE),
		WORK("Task_Work", Waiting.NEW_TICKET_IN_QUEUE),
		CONSULT("Task_Consult", Waiting.CONSULTATION),
		AUTHORIZE("Task_Authorize", Waiting.AUTHORIZATION),
		REVIEW("Task_Review", Waiting.REVIEW);

		private final String id;

		private final Waiting waiting;

		Task(String id, Waiting waiting) {
			this.id = id;
			this.waiting = waiting;
		}

		public String id() {
			return id;
		}

		public Waiting waiting() {
			return waiting;
		}

		public static Optional<Task> of(String id) {
			return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
		}
	}

	/**
	 * The non-interrupting escalation timers on the user tasks that wait for the help desk, each with the task it
	 * is attached to; they fire at the ticket's service-level moments ({@link EscalationTimers}).
	 */
	public enum EscalationTimer {

		TRIAGE("Event_TriageEscalation", Task.TRIAGE),
		WORK("Event_WorkEscalation", Task.WORK),
		CONSULT("Event_ConsultEscalation", Task.CONSULT),
		AUTHORIZE("Event_AuthorizeEscalation", Task.AUTHORIZE);

		private final String id;

		private final Task task;

		EscalationTimer(String id, Task task) {
			this.id = id;
			this.task = task;
		}

		public String id() {
			return id;
		}

		public Task task() {
			return task;
		}
	}

	/** The messages the application correlates. */
	public enum Message {

		FOLLOW_UP("Message_FollowUp"),
		TICKET_REOPENED("Message_TicketReopened"),
		REPLY_FOR_REVIEW("Message_ReplyForReview");

		private final String id;

		Message(String id) {
			this.id = id;
		}

		/** The message's name, which is also its id in the model. */
		public String id() {
			return id;
		}
	}

	/**
	 * Values of the forms' selects that code compares with, each with the form and field that offer it. The work
	 * form's actions are {@link WorkAction}.
	 */
	public enum Choice {

		ASK_CUSTOMER("triage", "triageAction", "askCustomer"),
		PASS_CONSULTATION("consult", "consultAction", "pass"),
		APPROVE_AUTHORIZATION("authorize", "authorizationDecision", "approve"),
		APPROVE_REVIEW("review", "reviewDecision", "approve"),
		PENDING_REMINDER("work", "pendingType", "reminder"),
		PENDING_AUTO_CLOSE("work", "pendingType", "autoClose"),
		CLOSED_SUCCESSFUL("work", "resolution", "successful"),
		CLOSED_UNSUCCESSFUL("work", "resolution", "unsuccessful");

		private final String form;

		private final String field;

		private final String value;

		Choice(String form, String field, String value) {
			this.form = form;
			this.field = field;
			this.value = value;
		}

		public String form() {
			return form;
		}

		public String field() {
			return field;
		}

		public String value() {
			return value;
		}

		/** Whether the given form value is this choice. */
		public boolean is(Object formValue) {
			return value.equals(formValue);
		}
	}

	/** The field of the work form that carries the {@link WorkAction}. */
	public static final String WORK_ACTION = "workAction";

	/** The work form's box that confirms closing a ticket whose child tickets are still open. */
	public static final String CLOSE_WITH_OPEN_CHILDREN = "closeWithOpenChildren";

	private TicketModel() {
	}
}
