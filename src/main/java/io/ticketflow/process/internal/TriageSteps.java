package io.ticketflow.process.internal;

import io.ticketflow.ticket.Consultations;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketType;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of triage, wired by bean name into ticket.bpmn. */
@Configuration(proxyBeanMethods = false)
class TriageSteps {

	@Bean
	JavaDelegate routeTicket(TicketActions actions) {
		return execution -> {
			String type = Vars.string(execution, "ticketType");
			Integer priority = Vars.integer(execution, "priority");
			String group = actions.route(Vars.ticketId(execution), Vars.string(execution, "queue"),
					priority == null ? 3 : priority, type == null ? TicketType.UNCLASSIFIED : TicketType.of(type),
					Vars.person(execution));
			execution.setVariable(Vars.QUEUE_GROUP, group);
		};
	}

	@Bean
	JavaDelegate askCustomer(Consultations consultations) {
		return execution -> consultations.askCustomer(Vars.ticketId(execution), Vars.person(execution),
				Vars.string(execution, "question"));
	}

	@Bean
	JavaDelegate registerFollowUp(TicketActions actions, TicketQueries tickets) {
		return execution -> {
			TicketView before = tickets.ticket(Vars.ticketId(execution));
			actions.followUpReceived(Vars.ticketId(execution));
			if (before.reminder() != null) {
				WorkSteps.reminderAnswered(execution, before.reminder());
			}
		};
	}
}
