package io.ticketflow.ticket.internal;

import io.ticketflow.customer.Customers;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.AttachmentView;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketView;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns entities into the views other modules read. */
@Component
public class TicketViews {

	private final QueueRepository queues;

	private final TicketRepository tickets;

	private final Customers customers;

	TicketViews(QueueRepository queues, TicketRepository tickets, Customers customers) {
		this.queues = queues;
		this.tickets = tickets;
		this.customers = customers;
	}

	public TicketView of(Ticket t) {
		String queue = queues.findById(t.queueId()).map(Queue::name).orElse(null);
		String mergedInto = t.mergedInto() == null ? null
				: tickets.findById(t.mergedInto()).map(Ticket::number).orElse(null);
		return new TicketView(t.number(), t.title(), t.state(), t.priority(), queue, t.type(),
				customers.emailOf(t.customerId()), t.owner(), t.responsible(), t.answered(), t.pendingUntil(),
				mergedInto, t.createdAt(), t.changedAt());
	}

	public static ArticleView of(Article a) {
		return of(a, List.of());
	}

	public static ArticleView of(Article a, List<AttachmentView> attachments) {
		return new ArticleView(a.id(), a.senderType(), a.channel(), a.visibleForCustomer(), a.author(),
				a.fromAddress(), a.toAddress(), a.ccAddress(), a.subject(), a.body(), a.bodyHtml(), a.messageId(),
				a.inReplyTo(), a.referencesHeader(), a.createdAt(), attachments, a.enteredBy(),
				a.reviewedBy());
	}

	public static HistoryView of(HistoryEntry h) {
		return new HistoryView(h.type(), h.actor(), h.detail(), h.createdAt());
	}

	public static QueueView of(Queue q, String triageQueue) {
		return new QueueView(q.name(), q.groupId(), q.followUpPolicy(), q.email(), q.name().equals(triageQueue));
	}
}
