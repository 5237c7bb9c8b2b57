package io.ticketflow.process;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.Addressing;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleView;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reply from the composer and the ticket's next state in one step, as OTRS's "next state": the reply is written
 * and the ticket's work step completed with the chosen action, or neither.
 */
@Service
public class Replies {

	private final AgentArticles articles;

	private final TicketTasks tasks;

	Replies(AgentArticles articles, TicketTasks tasks) {
		this.articles = articles;
		this.tasks = tasks;
	}

	/**
	 * The next state of a ticket after a reply: its work step's action and that action's fields (a close's
	 * resolution, a pending's type and time).
	 */
	public record NextStep(WorkAction action, Map<String, Object> fields) {
	}

	/** Writes the reply; then, unless {@code next} is null, the ticket takes its next step. */
	@Transactional
	public ArticleView reply(String number, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes, Addressing addressing, NextStep next) {
		ArticleView reply = articles.reply(number, agent, body, files, minutes, addressing);
		if (next == null) {
			return reply;
		}
		if (!reply.visibleForCustomer()) {
			throw new InvalidInputException("nextState",
					"a reply that waits for review leaves the ticket's state to the reviewer");
		}
		try {
			tasks.work(number, agent, next.action(), next.fields());
		}
		catch (NotFoundException notInWork) {
			throw new ActionNotAllowedException("ticket " + number + " is not in its work step; nothing was sent");
		}
		return reply;
	}
}
