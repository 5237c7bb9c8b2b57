package io.ticketflow.process.internal;

import io.ticketflow.rights.Actors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reads the few process variables a step needs; the ticket's data itself lives in the database. */
final class Vars {

	static final String TICKET_ID = "ticketId";
	static final String QUEUE_GROUP = "queueGroup";
	static final String RESPONSIBLE = "responsible";
	static final String CONSULTANT = "consultant";
	static final String CONSULT_CHAIN = "consultChain";
	static final String NEEDS_TRIAGE = "needsTriage";
	static final String PENDING_UNTIL = "pendingUntil";
	static final String ANSWERED = "answered";

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

	/** Who did the step: the user signed in to Tasklist or the API; timers and other automatic steps act as the system. */
	static String actor(DelegateExecution execution) {
		Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth != null && auth.getUserId() != null) {
			return auth.getUserId();
		}
		return Actors.SYSTEM;
	}
}
