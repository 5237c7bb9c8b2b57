package io.ticketflow.ticket.internal;

import io.ticketflow.customer.Customers;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.CustomerMessageWritten;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketChanged;
import io.ticketflow.ticket.TicketNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that loads tickets for a change and writes what happened to them: history lines and articles are
 * appended here and nowhere else.
 */
@Component
public class TicketLedger {

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final HistoryRepository history;

	private final QueueRepository queues;

	private final ApplicationEventPublisher events;

	private final Customers customers;

	private final AttachmentRepository attachments;

	private final Threads threads;

	TicketLedger(TicketRepository tickets, ArticleRepository articles, HistoryRepository history,
			QueueRepository queues, ApplicationEventPublisher events, Customers customers,
			AttachmentRepository attachments, Threads threads) {
		this.tickets = tickets;
		this.articles = articles;
		this.history = history;
		this.queues = queues;
		this.events = events;
		this.customers = customers;
		this.attachments = attachments;
		this.threads = threads;
	}

	public String customerEmail(Ticket ticket) {
		return customers.emailOf(ticket.customerId());
	}

	public Ticket ticket(long id) {
		return tickets.findById(id).orElseThrow(() -> new NotFoundException("no ticket with id " + id));
	}

	public Ticket ticket(String number) {
		String valid = new TicketNumber(number).value();
		return tickets.findByNumber(valid).orElseThrow(() -> new NotFoundException("no ticket " + valid));
	}

	public Ticket save(Ticket ticket) {
		return tickets.save(ticket);
	}

	public Queue queue(long id) {
		return queues.findById(id).orElseThrow(() -> new NotFoundException("no queue with id " + id));
	}

	/** The group whose agents work the ticket's queue. */
	public String queueGroup(Ticket ticket) {
		return queue(ticket.queueId()).groupId();
	}

	public void record(Ticket ticket, HistoryType type, String actor, String detail) {
		HistoryEntry entry = history.save(new HistoryEntry(ticket.id(), type, actor, detail, ticket.historyHead()));
		ticket.chainHistory(entry.hash());
	}

	/** Writes an article with its files; one meant for the customer's mailbox is threaded and handed to the mail. */
	public Article append(Ticket ticket, ArticleDraft draft) {
		ArticleDraft written = draft.isOutgoingMail() ? threads.thread(ticket, draft) : draft;
		Article article = articles.save(new Article(written, ticket.id(), ticket.articleHead()));
		ticket.chainArticle(article.hash());
		written.attachments().forEach(a -> attachments.save(new Attachment(article.id(), a.filename(),
				a.contentType(), a.content())));
		record(ticket, HistoryType.ARTICLE_ADDED, draft.author(), describe(draft));
		if (written.isOutgoingMail()) {
			events.publishEvent(new CustomerMessageWritten(ticket.id(), ticket.number(), article.id(), written.to(),
					written.subject(), written.body(), written.messageId(), written.inReplyTo(), written.references(),
					written.senderType() == SenderType.SYSTEM, queue(ticket.queueId()).email()));
		}
		return article;
	}

	/** Tells the other modules, once a change is complete, that the ticket is different now. */
	public void changed(Ticket ticket) {
		if (ticket.takeAnsweredChange()) {
			events.publishEvent(new TicketAnswerChanged(ticket.id(), ticket.number(), ticket.answered()));
		}
		events.publishEvent(new TicketChanged(ticket.id(), ticket.number()));
	}

	private static String describe(ArticleDraft draft) {
		String visibility = draft.visibleForCustomer() ? "visible for customer" : "internal";
		return draft.senderType().code() + " " + draft.channel().code() + ", " + visibility;
	}
}
