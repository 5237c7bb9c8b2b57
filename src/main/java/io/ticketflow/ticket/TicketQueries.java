package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.customer.Customers;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import io.ticketflow.ticket.internal.TicketViews;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.HistoryRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tickets, their conversation and their history. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	private final TicketLedger ledger;

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final HistoryRepository history;

	private final QueueRepository queues;

	private final Customers customers;

	private final TicketViews views;

	private final Rights rights;

	TicketQueries(TicketLedger ledger, TicketRepository tickets, ArticleRepository articles,
			HistoryRepository history, QueueRepository queues, Customers customers, TicketViews views, Rights rights) {
		this.rights = rights;
		this.ledger = ledger;
		this.tickets = tickets;
		this.articles = articles;
		this.history = history;
		this.queues = queues;
		this.customers = customers;
		this.views = views;
	}

	/** Refuses a reader who may not see the ticket: agents see the tickets of their queues only. */
	public void requireVisible(String actor, String number) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(actor, ledger.queueGroup(ticket));
	}

	public TicketView ticket(String number) {
		return views.of(ledger.ticket(number));
	}

	public TicketView ticket(long id) {
		return views.of(ledger.ticket(id));
	}

	public List<ArticleView> articles(String number) {
		return articles.findByTicketIdOrderByIdAsc(ledger.ticket(number).id()).stream().map(TicketViews::of).toList();
	}

	public List<ArticleView> articles(long ticketId) {
		return articles.findByTicketIdOrderByIdAsc(ticketId).stream().map(TicketViews::of).toList();
	}

	public List<HistoryView> history(String number) {
		return history.findByTicketIdOrderByIdAsc(ledger.ticket(number).id()).stream().map(TicketViews::of).toList();
	}

	public List<QueueView> queues() {
		return queues.findAll().stream().map(TicketViews::of).toList();
	}

	/** The tickets the actor may see that match the filter. */
	public Page<TicketView> search(String actor, TicketFilter filter, Pageable page) {
		List<Specification<Ticket>> specs = new ArrayList<>();
		rights.visibleQueueGroups(actor).ifPresent(groups -> {
			List<Long> visible = queues.findAll().stream().filter(q -> groups.contains(q.groupId())).map(Queue::id).toList();
			specs.add((t, q, cb) -> visible.isEmpty() ? cb.disjunction() : t.get("queueId").in(visible));
		});
		if (filter.state() != null) {
			specs.add((t, q, cb) -> cb.equal(t.get("state"), filter.state()));
		}
		if (filter.queue() != null) {
			Long queueId = queues.findByName(filter.queue()).map(Queue::id).orElse(-1L);
			specs.add((t, q, cb) -> cb.equal(t.get("queueId"), queueId));
		}
		if (filter.customer() != null) {
			Long customerId = customers.byEmail(filter.customer()).map(c -> c.id()).orElse(-1L);
			specs.add((t, q, cb) -> cb.equal(t.get("customerId"), customerId));
		}
		if (filter.unanswered() != null) {
			specs.add((t, q, cb) -> cb.equal(t.get("answered"), !filter.unanswered()));
		}
		return tickets.findAll(Specification.allOf(specs), page).map(views::of);
	}
}
