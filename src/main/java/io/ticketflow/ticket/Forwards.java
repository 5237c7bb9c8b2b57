package io.ticketflow.ticket;

import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OTRS's forward: an article of a ticket — the customer's mail with its files, a reply — sent by mail to someone
 * else, a supplier or a colleague outside the help desk, with the agent's words above it. The forward is an article of
 * the ticket too; the customer never sees it.
 */
@Service
@Transactional
public class Forwards {

	private final TicketLedger ledger;

	private final TicketQueries queries;

	private final StandardResponses responses;

	Forwards(TicketLedger ledger, TicketQueries queries, StandardResponses responses) {
		this.ledger = ledger;
		this.queries = queries;
		this.responses = responses;
	}

	/** Forwards the ticket's article to the addresses; returns the article the forward is. */
	public ArticleView forward(String number, String agent, long articleId, List<String> to, String text) {
		Ticket ticket = ledger.ticket(number);
		Article original = ledger.article(ticket, articleId);
		String subject = "Fwd: " + (original.subject() == null ? ticket.title() : original.subject());
		String body = responses.signed(text == null ? "" : text.strip(), ticket.id(), agent) + "\n\n"
				+ "---------- Forwarded message ----------\n" + "From: "
				+ (original.fromAddress() == null ? original.author() : original.fromAddress()) + "\nDate: "
				+ original.createdAt() + "\nSubject: " + (original.subject() == null ? "" : original.subject())
				+ "\n\n" + original.body();
		List<ArticleDraft.AttachmentDraft> files = queries.filesOf(articleId).stream()
			.map(f -> new ArticleDraft.AttachmentDraft(f.filename(), f.contentType(), f.content())).toList();
		ArticleDraft forward = ArticleDraft.forward(agent, String.join(", ", to.stream().map(String::strip).toList()),
				subject, body).withAttachments(files);
		ArticleView written = AgentArticles.written(ledger.change(ticket, agent,
				(t, act) -> t.forward(articleId, forward, act)));
		return queries.article(written.id()); // with its files, as readers see it

	}
}
