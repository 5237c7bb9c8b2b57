package io.ticketflow.process.internal;

import io.ticketflow.ticket.Consultations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consultation and authorization, wired by bean name into ticket.bpmn. The consultant of the moment is in the
 * variable {@code consultant}; the ones before, in {@link ConsultationChain}.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationSteps {

	@Bean
	JavaDelegate askConsultation(Consultations consultations) {
		return execution -> {
			String agent = Vars.actor(execution);
			consultations.ask(Vars.ticketId(execution), agent, Vars.string(execution, Vars.CONSULTANT),
					Vars.string(execution, "body"));
			execution.setVariable(Vars.CONSULT_CHAIN, "");
			execution.setVariable(Vars.RESPONSIBLE, agent);
		};
	}

	@Bean
	JavaDelegate passConsultation(Consultations consultations) {
		return execution -> {
			String current = Vars.string(execution, Vars.CONSULTANT);
			String next = Vars.string(execution, "nextConsultant");
			consultations.pass(Vars.ticketId(execution), current, next, Vars.string(execution, "note"));
			execution.setVariable(Vars.CONSULT_CHAIN, chain(execution).push(current).format());
			execution.setVariable(Vars.CONSULTANT, next);
		};
	}

	@Bean
	JavaDelegate returnConsultation(Consultations consultations) {
		return execution -> {
			ConsultationChain chain = chain(execution);
			String previous = chain.isEmpty() ? Vars.string(execution, Vars.RESPONSIBLE) : chain.previous();
			consultations.giveBack(Vars.ticketId(execution), Vars.string(execution, Vars.CONSULTANT), previous,
					Vars.string(execution, "note"));
			execution.setVariable(Vars.CONSULT_CHAIN, chain.isEmpty() ? "" : chain.pop().format());
			execution.setVariable(Vars.CONSULTANT, chain.isEmpty() ? null : previous);
		};
	}

	@Bean
	JavaDelegate askAuthorization(Consultations consultations) {
		return execution -> {
			String agent = Vars.actor(execution);
			consultations.askAuthorization(Vars.ticketId(execution), agent, Vars.string(execution, "authorizationRequest"));
			execution.setVariable(Vars.RESPONSIBLE, agent);
		};
	}

	@Bean
	JavaDelegate decideAuthorization(Consultations consultations) {
		return execution -> consultations.decide(Vars.ticketId(execution), Vars.actor(execution),
				Vars.string(execution, Vars.RESPONSIBLE), "approve".equals(Vars.string(execution, "authorizationDecision")),
				Vars.string(execution, "authorizationReason"));
	}

	private static ConsultationChain chain(DelegateExecution execution) {
		return ConsultationChain.parse(Vars.string(execution, Vars.CONSULT_CHAIN));
	}
}
