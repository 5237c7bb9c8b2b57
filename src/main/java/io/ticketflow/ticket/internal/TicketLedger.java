package io.ticketflow.ticket.internal;

import io.ticketflow.customer.Customers;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.TicketNumber;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads tickets for a change and saves them: the one place that writes the history lines and articles a ticket
 * appended (chained, articles threaded and with their files) and then lets Spring Data publish its events.
 */
@Component
public class TicketLedger {

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final HistoryRepository history;

	private final QueueRepository queues;

	private final Customers customers;

	private final AttachmentRepository attachments;

	private final Threads threads;

	private final TicketPolicy policy;

	private final Clock clock;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	TicketLedger(TicketRepository tickets, ArticleRepository articles, HistoryRepository history,
			QueueRepository queues, Customers customers, AttachmentRepository attachments, Threads threads,
			TicketPolicy policy, Clock clock, EntityManager entityManager, ApplicationEventPublisher events) {
		this.tickets = tickets;
		this.articles = articles;
		this.history = history;
		this.queues = queues;
		this.customers = customers;
		this.attachments = attachments;
		this.threads = threads;
		this.policy = policy;
		this.clock = clock;
		this.entityManager = entityManager;
		this.events = events;
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

	/** One of the ticket's articles, named by a caller: an id of another ticket's is bad input. */
	public Article article(Ticket ticket, long articleId) {
		return articles.findById(articleId).filter(a -> a.ticketId().equals(ticket.id()))
			.orElseThrow(() -> new InvalidInputException("article",
					"ticket " + ticket.number() + " has no article " + articleId));
	}

	public Queue queue(long id) {
		return queues.findById(id).orElseThrow(() -> new NotFoundException("no queue with id " + id));
	}

	/** The group whose agents work the ticket's queue. */
	public String queueGroup(Ticket ticket) {
		return queue(ticket.queueId()).groupId();
	}

	/** A change of the ticket by the actor, now. */
	public Act act(Ticket ticket, String actor) {
		return new Act(actor, now(), policy, queue(ticket.queueId()), customers.isSensitive(ticket.customerId()));
	}

	public TicketPolicy policy() {
		return policy;
	}

	public Instant now() {
		return clock.instant();
	}

	/** Stores a new ticket, so that it has its id before it writes its first record. */
	public Ticket add(Ticket ticket) {
		entityManager.persist(ticket);
		return ticket;
	}

	/**
	 * Writes what the ticket appended since it was loaded, in order, saves it and publishes its events.
	 * Returns the articles written.
	 */
	public List<Article> save(Ticket ticket) {
		List<Article> written = new ArrayList<>();
		for (Entry entry : ticket.takeJournal()) {
			if (entry instanceof Entry.Line line) {
				HistoryEntry stored = history.save(new HistoryEntry(ticket.id(), line.type(), line.actor(),
						line.detail(), line.at(), ticket.historyHead()));
				ticket.chainHistory(stored.hash());
			}
			else if (entry instanceof Entry.Written article) {
				written.add(write(ticket, article));
			}
		}
		tickets.save(ticket);
		ticket.takeEvents().forEach(events::publishEvent);
		return written;
	}

	/** Loads the ticket, lets the actor change it now, saves it. Returns the articles written. */
	public List<Article> change(Ticket ticket, String actor, BiConsumer<Ticket, Act> change) {
		change.accept(ticket, act(ticket, actor));
		return save(ticket);
	}

	public List<Article> change(long ticketId, String actor, BiConsumer<Ticket, Act> change) {
		return change(ticket(ticketId), actor, change);
	}

	/** The one article a change wrote. */
	public Article saveWithArticle(Ticket ticket) {
		List<Article> written = save(ticket);
		return written.get(written.size() - 1);
	}

	private Article write(Ticket ticket, Entry.Written entry) {
		ArticleDraft draft = entry.draft();
		ArticleDraft written = draft.isOutgoingMail() ? threads.thread(ticket, draft) : draft;
		Article article = articles.save(new Article(written, ticket.id(), entry.at(), ticket.articleHead()));
		written.attachments().forEach(a -> attachments.save(new Attachment(article.id(), a.filename(),
				a.contentType(), a.content(), entry.at())));
		ticket.stored(article, written, entry.heldReply(), written.isOutgoingMail() ? queue(ticket.queueId()).email() : null);
		return article;
	}
}
