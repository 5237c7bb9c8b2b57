package io.ticketflow.process.internal;

import io.ticketflow.ticket.Consultations;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consultation and authorization, wired by bean name into ticket.bpmn. Who is asked, who asked and who gets the
 * ticket back are the ticket's to know ({@link Consultations}); the process only learns whether a consultant still
 * has it ({@link Vars#CONSULTATION_OPEN}).
 */
@Configuration(proxyBeanMethods = false)
class ConsultationSteps {

	/** The form's field {@code consultant} names whom the agent asks; the ticket checks that they may work it. */
	@Bean
	JavaDelegate askConsultation(Consultations consultations) {
		return execution -> {
			consultations.ask(Vars.ticketId(execution), Vars.person(execution), Vars.string(execution, "consultant"),
					Vars.string(execution, "body"));
			execution.setVariable(Vars.CONSULTATION_OPEN, true);
		};
	}

	/** The consultation task goes to the consultant the ticket is with. */
	@Bean
	TaskListener assignConsultant(Consultations consultations) {
		return task -> task.setAssignee(consultations.consultant(Vars.ticketId(task)));
	}

	@Bean
	JavaDelegate passConsultation(Consultations consultations) {
		return execution -> consultations.pass(Vars.ticketId(execution), Vars.person(execution),
				Vars.string(execution, "nextConsultant"), Vars.string(execution, "note"));
	}

	@Bean
	JavaDelegate returnConsultation(Consultations consultations) {
		return execution -> {
			long ticketId = Vars.ticketId(execution);
			consultations.giveBack(ticketId, Vars.person(execution), Vars.string(execution, "note"));
			execution.setVariable(Vars.CONSULTATION_OPEN, consultations.consultant(ticketId) != null);
		};
	}

	@Bean
	JavaDelegate askAuthorization(Consultations consultations) {
		return execution -> consultations.askAuthorization(Vars.ticketId(execution), Vars.person(execution),
				Vars.string(execution, "authorizationRequest"));
	}

	@Bean
	JavaDelegate decideAuthorization(Consultations consultations) {
		return execution -> consultations.decide(Vars.ticketId(execution), Vars.person(execution),
				TicketModel.Choice.APPROVE_AUTHORIZATION.is(Vars.string(execution, "authorizationDecision")),
				Vars.string(execution, "authorizationReason"));
	}
}
