package io.ticketflow.process.internal;

import io.ticketflow.process.TaskWaiting;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other modules, in the help desk's own terms, when a task starts waiting for people: a new ticket to
 * triage or in a queue, a consultation, an authorization or a review. The work task that comes back to its own
 * agent after each step is not news.
 */
@Component
class TaskEvents {

	private final ApplicationEventPublisher events;

	TaskEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(DelegateTask task) {
		if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
			return; // a plain comparison: a SpEL condition would be parsed and evaluated on every task event
		}
		TicketModel.Task step = TicketModel.Task.of(task.getTaskDefinitionKey()).orElse(null);
		if (step == null || step == TicketModel.Task.WORK && task.getAssignee() != null) {
			return;
		}
		Set<String> groups = task.getCandidates().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId()).collect(Collectors.toUnmodifiableSet());
		String number = task.getExecution().getProcessBusinessKey();
		events.publishEvent(new TaskWaiting(Vars.ticketId(task), number, step.waiting(), task.getAssignee(), groups));
	}
}
