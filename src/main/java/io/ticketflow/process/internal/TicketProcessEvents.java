package io.ticketflow.process.internal;

import io.ticketflow.ticket.CustomerFollowedUp;
import io.ticketflow.ticket.ReplyHeldForReview;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketReopened;
import io.ticketflow.ticket.TicketStateChanged;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves tickets' processes when the ticket domain reports something. Runs in the transaction of the change, so a
 * ticket and its process are written together or not at all.
 */
@Component
class TicketProcessEvents {

	private final RuntimeService runtime;

	private final Engine engine;

	private final EscalationTimers escalationTimers;

	TicketProcessEvents(RuntimeService runtime, Engine engine, EscalationTimers escalationTimers) {
		this.runtime = runtime;
		this.engine = engine;
		this.escalationTimers = escalationTimers;
	}

	@EventListener
	void on(TicketOpened opened) {
		Map<String, Object> variables = variables(opened.ticketId(), opened.queueGroup());
		variables.put(Vars.NEEDS_TRIAGE, opened.needsTriage());
		engine.asSystem(() -> runtime.startProcessInstanceByKey(TicketModel.PROCESS, opened.number(), variables));
	}

	@EventListener
	void on(TicketReopened reopened) {
		Map<String, Object> variables = variables(reopened.ticketId(), reopened.queueGroup());
		engine.asSystem(() -> runtime.createMessageCorrelation(TicketModel.Message.TICKET_REOPENED.id()).processInstanceBusinessKey(reopened.number())
				.setVariables(variables).correlateStartMessage());
	}

	@EventListener
	void on(CustomerFollowedUp followUp) {
		engine.asSystem(() -> runtime.createMessageCorrelation(TicketModel.Message.FOLLOW_UP.id()).processInstanceBusinessKey(followUp.number())
				.correlateAll());
	}

	/** Tasklist's "Unanswered" filter asks the engine, so the engine keeps the flag beside the ticket. */
	@EventListener
	void on(TicketAnswerChanged change) {
		engine.asSystem(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(change.number()).list()
			.forEach(instance -> runtime.setVariable(instance.getId(), Vars.ANSWERED, change.answered())));
	}

	/** Tasklist's filters tell a pending ticket's reminder from an escalation by the engine's copy of the state. */
	@EventListener
	void on(TicketStateChanged change) {
		if (change.from().isPending() != change.to().isPending()) {
			engine.asSystem(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(change.number()).list()
				.forEach(instance -> runtime.setVariable(instance.getId(), Vars.PENDING, change.to().isPending())));
		}
	}

	@EventListener
	void on(ReplyHeldForReview held) {
		Map<String, Object> draft = Map.of(Vars.DRAFT_ARTICLE, held.draftArticleId(), ReviewSteps.DRAFT_AUTHOR,
				held.trainee(), ReviewSteps.DRAFT_BODY, held.body());
		engine.asSystem(() -> runtime.createMessageCorrelation(TicketModel.Message.REPLY_FOR_REVIEW.id()).processInstanceBusinessKey(held.number())
				.setVariables(draft).correlate());
	}

	/** Only what is known: with full history every variable costs three rows, an empty one too. */
	private Map<String, Object> variables(long ticketId, String queueGroup) {
		Map<String, Object> variables = new HashMap<>();
		escalationTimers.addTo(variables, ticketId);
		variables.put(Vars.TICKET_ID, ticketId);
		// a new or reopened ticket waits for an answer
		variables.put(Vars.ANSWERED, false);
		variables.put(Vars.PENDING, false);
		if (queueGroup != null) {
			variables.put(Vars.QUEUE_GROUP, queueGroup);
		}
		return variables;
	}
}
