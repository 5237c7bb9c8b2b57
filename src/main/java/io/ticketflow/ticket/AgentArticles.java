package io.ticketflow.ticket;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketViews;
import io.ticketflow.ticket.internal.TimeEntry;
import io.ticketflow.ticket.internal.TimeEntryRepository;
import java.util.List;
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

	private final ArticleRepository drafts;

	private final TimeEntryRepository time;

	private final StandardResponses responses;

	private final TimeAccounting timeAccounting;

	AgentArticles(TicketLedger ledger, ArticleRepository drafts, TimeEntryRepository time,
			StandardResponses responses, TicketSettings settings) {
		this.ledger = ledger;
		this.drafts = drafts;
		this.time = time;
		this.responses = responses;
		this.timeAccounting = new TimeAccounting(settings.timeAccountingRequired());
	}

	/** What the person may write on the ticket now, by the ticket's own rules. */
	public WritingRights writingRights(String number, String person) {
		var ticket = ledger.ticket(number);
		return ticket.writingRights(ledger.act(ticket, person));
	}

	/** Notes may still be added to a closed ticket; a merged one takes nothing more. */
	public ArticleView note(String number, String agent, String body) {
		return note(ledger.ticket(number), agent, body, List.of(), null);
	}

	public ArticleView note(long ticketId, String agent, String body) {
		return note(ledger.ticket(ticketId), agent, body, List.of(), null);
	}

	/** A note from the work form, with the minutes the agent entered there. */
	public ArticleView note(long ticketId, String agent, String body, Integer minutes) {
		requireMinutes(minutes);
		return note(ledger.ticket(ticketId), agent, body, List.of(), minutes);
	}

	/** A reply from the work form, with the minutes the agent entered there. */
	public ArticleView reply(long ticketId, String agent, String body, Integer minutes) {
		requireMinutes(minutes);
		return reply(ledger.ticket(ticketId), agent, body, List.of(), minutes);
	}

	/** A reply to the customer; from a trainee it is held for review and the returned article is internal. */
	public ArticleView reply(String number, String agent, String body) {
		return reply(ledger.ticket(number), agent, body, List.of(), null);
	}

	/** A reply with files, which the mail to the customer carries, and the minutes spent (null: none entered). */
	public ArticleView reply(String number, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes) {
		return reply(number, agent, body, files, minutes, Addressing.DEFAULT);
	}

	/**
	 * As above, addressed as the agent chose in the composer: other addresses instead of the customer's, copies
	 * (reply-all), another subject.
	 */
	public ArticleView reply(String number, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes, Addressing addressing) {
		requireMinutes(minutes);
		return reply(ledger.ticket(number), agent, body, files, minutes, addressing);
	}

	/** An internal note with files, and the minutes spent (null: none entered). */
	public ArticleView note(String number, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes) {
		requireMinutes(minutes);
		return note(ledger.ticket(number), agent, body, files, minutes);
	}

	/** The time an agent entered with an article: 1 to 1440 minutes, kept beside it. */
	private ArticleView accounted(Ticket ticket, String agent, Integer minutes, ArticleView article) {
		if (minutes != null) {
			time.save(new TimeEntry(ticket.id(), article.id(), agent, minutes, ledger.now()));
		}
		return article;
	}

	private void requireMinutes(Integer minutes) {
		timeAccounting.check(minutes);
	}

	public ArticleView reply(long ticketId, String agent, String body) {
		return reply(ledger.ticket(ticketId), agent, body, List.of(), null);
	}

	/** A senior agent approved a trainee's reply, possibly edited: now it reaches the customer. */
	public ArticleView releaseReviewed(long ticketId, String reviewer, long draftArticleId, String body) {
		String trainee = draftAuthor(ticketId, draftArticleId);
		Ticket ticket = ledger.ticket(ticketId);
		String customer = ledger.customerEmail(ticket);
		String signed = responses.signed(body, ticketId, trainee);
		return written(ledger.change(ticket, reviewer, (t, act) -> t.releaseReviewed(trainee, signed, customer, act)));
	}

	/** A senior agent sent a trainee's reply back; the customer sees nothing of it. */
	public ArticleView returnForRevision(long ticketId, String reviewer, long draftArticleId, String comment) {
		String trainee = draftAuthor(ticketId, draftArticleId);
		return written(ledger.change(ticketId, reviewer, (t, act) -> t.returnForRevision(trainee, comment, act)));
	}

	private ArticleView note(Ticket ticket, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes) {
		return accounted(ticket, agent, minutes, written(ledger.change(ticket, agent, (t, act) -> t.note(body, files, act))));
	}

	private ArticleView reply(Ticket ticket, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes) {
		return reply(ticket, agent, body, files, minutes, Addressing.DEFAULT);
	}

	private ArticleView reply(Ticket ticket, String agent, String body, List<ArticleDraft.AttachmentDraft> files,
			Integer minutes, Addressing addressing) {
		String customer = ledger.customerEmail(ticket);
		String signed = responses.signed(body, ticket.id(), agent);
		return accounted(ticket, agent, minutes,
				written(ledger.change(ticket, agent, (t, act) -> t.reply(signed, files, customer, addressing, act))));
	}

	/** Who wrote the held reply: the article says, whatever the process was told. */
	private String draftAuthor(long ticketId, long draftArticleId) {
		return drafts.findById(draftArticleId).filter(a -> a.ticketId() == ticketId && !a.visibleForCustomer())
			.map(Article::author)
			.orElseThrow(() -> new ActionNotAllowedException("no reply of this ticket waits for review"));
	}

	/** The article a change wrote: the last one, since a change may write a note before it. */
	static ArticleView written(List<Article> articles) {
		return TicketViews.of(articles.get(articles.size() - 1));
	}
}
