package io.ticketflow.ticket;

import io.ticketflow.customer.Customers;
import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What agents write on a ticket: internal notes and replies to the customer. Writing never moves the process. */
@Service
@Transactional
public class AgentArticles {

	private final TicketLedger ledger;

	private final Customers customers;

	AgentArticles(TicketLedger ledger, Customers customers) {
		this.ledger = ledger;
		this.customers = customers;
	}

	/** Notes may still be added to a closed ticket; a merged one takes nothing more. */
	public ArticleView note(String number, String agent, String body) {
		return note(ledger.ticket(number), agent, body);
	}

	public ArticleView note(long ticketId, String agent, String body) {
		return note(ledger.ticket(ticketId), agent, body);
	}

	public ArticleView reply(String number, String agent, String body) {
		return reply(ledger.ticket(number), agent, body);
	}

	public ArticleView reply(long ticketId, String agent, String body) {
		return reply(ledger.ticket(ticketId), agent, body);
	}

	private ArticleView note(Ticket ticket, String agent, String body) {
		if (ticket.state() == TicketState.MERGED) {
			throw new ActionNotAllowedException("ticket " + ticket.number() + " is merged; write on the ticket it was merged into");
		}
		Article article = ledger.append(ticket, ArticleDraft.note(agent, subject(ticket), body));
		ledger.changed(ticket);
		return TicketViews.of(article);
	}

	private ArticleView reply(Ticket ticket, String agent, String body) {
		ticket.requireActive();
		String customer = customers.byId(ticket.customerId()).email();
		Article article = ledger.append(ticket, ArticleDraft.reply(agent, customer, subject(ticket), body));
		TicketState before = ticket.state();
		ticket.agentReplied();
		if (before != ticket.state()) {
			ledger.record(ticket, HistoryType.STATE_CHANGED, agent, before.code() + " -> " + ticket.state().code());
		}
		ledger.changed(ticket);
		return TicketViews.of(article);
	}

	static String subject(Ticket ticket) {
		return "[Ticket#" + ticket.number() + "] " + ticket.title();
	}
}
