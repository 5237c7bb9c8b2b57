package io.ticketflow.ticket;

import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketViews;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents write on a ticket: internal notes and replies to the customer. Writing never moves the process. A
 * trainee's reply is held as an internal draft until a senior agent approves it.
 */
@Service
@Transactional
public class AgentArticles {

	private final TicketLedger ledger;

	private final Customers customers;

	private final Rights rights;

	private final ApplicationEventPublisher events;

	private final ArticleRepository drafts;

	AgentArticles(TicketLedger ledger, Customers customers, Rights rights, ApplicationEventPublisher events,
			ArticleRepository drafts) {
		this.drafts = drafts;
		this.ledger = ledger;
		this.customers = customers;
		this.rights = rights;
		this.events = events;
	}

	/** Notes may still be added to a closed ticket; a merged one takes nothing more. */
	public ArticleView note(String number, String agent, String body) {
		return note(ledger.ticket(number), agent, body);
	}

	public ArticleView note(long ticketId, String agent, String body) {
		return note(ledger.ticket(ticketId), agent, body);
	}

	/** A reply to the customer; from a trainee it is held for review and the returned article is internal. */
	public ArticleView reply(String number, String agent, String body) {
		return reply(ledger.ticket(number), agent, body);
	}

	public ArticleView reply(long ticketId, String agent, String body) {
		return reply(ledger.ticket(ticketId), agent, body);
	}

	/** A senior agent approved a trainee's reply, possibly edited: now it reaches the customer. */
	public ArticleView releaseReviewed(long ticketId, String reviewer, long draftArticleId, String body) {
		String trainee = draftAuthor(ticketId, draftArticleId);
		rights.requireMayReview(reviewer, trainee);
		Ticket ticket = ledger.ticket(ticketId);
		ledger.record(ticket, HistoryType.REVIEW_APPROVED, reviewer, "reply of " + trainee + " approved");
		return send(ticket, trainee, body);
	}

	/** A senior agent sent a trainee's reply back; the customer sees nothing of it. */
	public ArticleView returnForRevision(long ticketId, String reviewer, long draftArticleId, String comment) {
		String trainee = draftAuthor(ticketId, draftArticleId);
		rights.requireMayReview(reviewer, trainee);
		Ticket ticket = ledger.ticket(ticketId);
		Article article = ledger.append(ticket, ArticleDraft.note(reviewer, subject(ticket),
				"Reply of " + trainee + " sent back: " + comment));
		ledger.record(ticket, HistoryType.REVIEW_RETURNED, reviewer, "reply of " + trainee + " sent back");
		ledger.changed(ticket);
		return TicketViews.of(article);
	}

	private ArticleView note(Ticket ticket, String agent, String body) {
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		if (ticket.state() == TicketState.MERGED) {
			throw new ActionNotAllowedException("ticket " + ticket.number() + " is merged; write on the ticket it was merged into");
		}
		Article article = ledger.append(ticket, ArticleDraft.note(agent, subject(ticket), body));
		ledger.changed(ticket);
		return TicketViews.of(article);
	}

	private ArticleView reply(Ticket ticket, String agent, String body) {
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		rights.requireMayWriteToCustomer(agent);
		ticket.requireActive();
		if (!rights.needsReview(agent)) {
			return send(ticket, agent, body);
		}
		Article draft = ledger.append(ticket, ArticleDraft.note(agent, subject(ticket), "Reply awaiting review:\n" + body));
		ledger.record(ticket, HistoryType.REPLY_HELD_FOR_REVIEW, agent, "reply held until a senior agent approves it");
		ledger.changed(ticket);
		events.publishEvent(new ReplyHeldForReview(ticket.id(), ticket.number(), agent, body, draft.id()));
		return TicketViews.of(draft);
	}

	/** Who wrote the held reply: the article says, whatever the process was told. */
	private String draftAuthor(long ticketId, long draftArticleId) {
		return drafts.findById(draftArticleId).filter(a -> a.ticketId() == ticketId && !a.visibleForCustomer())
			.map(Article::author)
			.orElseThrow(() -> new ActionNotAllowedException("no reply of this ticket waits for review"));
	}

	private ArticleView send(Ticket ticket, String author, String body) {
		String customer = customers.emailOf(ticket.customerId());
		Article article = ledger.append(ticket, ArticleDraft.reply(author, customer, subject(ticket), body));
		TicketState before = ticket.state();
		ticket.agentReplied();
		if (before != ticket.state()) {
			ledger.record(ticket, HistoryType.STATE_CHANGED, author, before.code() + " -> " + ticket.state().code());
		}
		ledger.changed(ticket);
		return TicketViews.of(article);
	}

	static String subject(Ticket ticket) {
		return "[Ticket#" + ticket.number() + "] " + ticket.title();
	}
}
