package io.ticketflow.faq;

import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.StandardResponses;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FAQ customer's scenario in one step: the agent picks the entry, the customer gets the standard FAQ reply
 * with its answer, and the ticket waits to close itself unless the customer writes again.
 */
@Service
@Transactional
public class FaqAnswers {

	private final KnowledgeBase knowledgeBase;

	private final StandardResponses responses;

	private final AgentArticles articles;

	private final TicketActions actions;

	private final Clock clock;

	private final Duration autoCloseAfter;

	FaqAnswers(KnowledgeBase knowledgeBase, StandardResponses responses, AgentArticles articles, TicketActions actions,
			Clock clock, @Value("${ticketflow.faq.auto-close-after:P7D}") Duration autoCloseAfter) {
		this.knowledgeBase = knowledgeBase;
		this.responses = responses;
		this.articles = articles;
		this.actions = actions;
		this.clock = clock;
		this.autoCloseAfter = autoCloseAfter;
	}

	/** Returns when the ticket closes itself. Internal entries help agents only and never reach a customer. */
	public Instant answer(long ticketId, String agent, long faqId) {
		FaqView faq = knowledgeBase.entry(faqId);
		if (faq.state() != FaqState.PUBLIC) {
			throw new InvalidInputException("faqId", "FAQ entry " + faqId + " is internal; only public entries are sent to customers");
		}
		articles.reply(ticketId, agent, responses.render(StandardResponses.FAQ_ANSWER, ticketId, agent,
				Map.of("faq", faq.answer())));
		Instant until = clock.instant().plus(autoCloseAfter);
		actions.pend(ticketId, TicketState.PENDING_AUTO_CLOSE, until, agent);
		return until;
	}
}
