package io.ticketflow.process.internal;

import io.ticketflow.ticket.AgentArticles;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A senior agent's review of a trainee's reply, wired by bean name into ticket.bpmn. The review task copies the
 * held reply's article into its own variables when it starts and hands it, with the text the reviewer may have
 * edited, to its sub-process instance when it ends ({@code reviewedArticle}, {@code reviewedBody}), so that several
 * reviews of one ticket can run at once. Who wrote the reply, the article says.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSteps {

	/** Shown in the review form: the trainee's text, which the reviewer may edit. */
	static final String DRAFT_BODY = "draftBody";
	/** Shown in the review form: who wrote it. */
	static final String DRAFT_AUTHOR = "draftAuthor";
	static final String REVIEWED_BODY = "reviewedBody";

	@Bean
	JavaDelegate releaseReply(AgentArticles articles) {
		return execution -> articles.releaseReviewed(Vars.ticketId(execution), Vars.person(execution),
				Vars.longValue(execution, Vars.REVIEWED_ARTICLE), Vars.string(execution, REVIEWED_BODY));
	}

	@Bean
	JavaDelegate returnReply(AgentArticles articles) {
		return execution -> articles.returnForRevision(Vars.ticketId(execution), Vars.person(execution),
				Vars.longValue(execution, Vars.REVIEWED_ARTICLE), Vars.string(execution, "reviewComment"));
	}
}
