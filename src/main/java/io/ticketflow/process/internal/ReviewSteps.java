package io.ticketflow.process.internal;

import io.ticketflow.ticket.AgentArticles;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A senior agent's review of a trainee's reply, wired by bean name into ticket.bpmn. The draft travels in the local
 * variables {@code draftAuthor} and {@code draftBody} of its review, so that several reviews can run at once.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSteps {

	static final String DRAFT_AUTHOR = "draftAuthor";
	static final String DRAFT_BODY = "draftBody";

	@Bean
	JavaDelegate releaseReply(AgentArticles articles) {
		return execution -> articles.releaseReviewed(Vars.ticketId(execution), Vars.actor(execution),
				Vars.string(execution, DRAFT_AUTHOR), Vars.string(execution, DRAFT_BODY));
	}

	@Bean
	JavaDelegate returnReply(AgentArticles articles) {
		return execution -> articles.returnForRevision(Vars.ticketId(execution), Vars.actor(execution),
				Vars.string(execution, DRAFT_AUTHOR), Vars.string(execution, "reviewComment"));
	}
}
