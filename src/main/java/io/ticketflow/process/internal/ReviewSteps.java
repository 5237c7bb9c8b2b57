package io.ticketflow.process.internal;

import io.ticketflow.ticket.AgentArticles;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A senior agent's review of a trainee's reply, wired by bean name into ticket.bpmn. The review task copies the
 * draft into its own variables when it starts and hands the reviewed text to its sub-process instance when it ends
 * ({@code reviewedAuthor}, {@code reviewedBody}), so that several reviews of one ticket can run at once.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSteps {

	static final String DRAFT_AUTHOR = "draftAuthor";
	static final String DRAFT_BODY = "draftBody";
	static final String REVIEWED_AUTHOR = "reviewedAuthor";
	static final String REVIEWED_BODY = "reviewedBody";

	@Bean
	JavaDelegate releaseReply(AgentArticles articles) {
		return execution -> articles.releaseReviewed(Vars.ticketId(execution), Vars.actor(execution),
				Vars.string(execution, REVIEWED_AUTHOR), Vars.string(execution, REVIEWED_BODY));
	}

	@Bean
	JavaDelegate returnReply(AgentArticles articles) {
		return execution -> articles.returnForRevision(Vars.ticketId(execution), Vars.actor(execution),
				Vars.string(execution, REVIEWED_AUTHOR), Vars.string(execution, "reviewComment"));
	}
}
