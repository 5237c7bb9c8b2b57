package io.ticketflow.ticket.internal;

import io.ticketflow.customer.Customers;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.AttachmentView;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
		return of(List.of(t)).get(0);
	}

	/**
	 * Several tickets at once, with a query each for their queues, customers and merge targets rather than a query
	 * each per ticket: a list of 200 tickets was 600 queries.
	 */
	public List<TicketView> of(List<Ticket> list) {
		Map<Long, String> queueNames = queues.findAll().stream().collect(Collectors.toMap(Queue::id, Queue::name));
		Map<Long, String> emails = customers.emailsOf(list.stream().map(Ticket::customerId).toList());
		Map<Long, String> merged = tickets.findAllById(list.stream().map(Ticket::mergedInto).filter(Objects::nonNull)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Ticket::id, Ticket::number));
		return list.stream()
			.map(t -> new TicketView(t.number(), t.title(), t.state(), t.priority(), queueNames.get(t.queueId()),
					t.type(), emailOf(emails, t), t.owner(), t.responsible(), t.answered(), t.pendingUntil(),
					t.mergedInto() == null ? null : merged.get(t.mergedInto()), t.createdAt(), t.changedAt()))
			.toList();
	}

	private static String emailOf(Map<Long, String> emails, Ticket t) {
		String email = emails.get(t.customerId());
		if (email == null) {
			throw new NotFoundException("no customer with id " + t.customerId());
		}
		return email;
	}

	public static ArticleView of(Article a) {
		return of(a, List.of());
	}

	public static ArticleView of(Article a, List<AttachmentView> attachments) {
		return of(a, attachments, null);
	}

	/** An article shown in another ticket's conversation: the number of the ticket merged into that one. */
	public static ArticleView of(Article a, List<AttachmentView> attachments, String mergedFrom) {
		return new ArticleView(a.id(), a.senderType(), a.channel(), a.visibleForCustomer(), a.author(),
				a.fromAddress(), a.toAddress(), a.ccAddress(), a.subject(), a.body(), a.bodyHtml(), a.messageId(),
				a.inReplyTo(), a.referencesHeader(), a.createdAt(), attachments, a.enteredBy(),
				a.reviewedBy(), mergedFrom);
	}

	public static HistoryView of(HistoryEntry h) {
		return new HistoryView(h.type(), h.actor(), h.detail(), h.createdAt());
	}

	public static QueueView of(Queue q, String triageQueue) {
		return new QueueView(q.name(), q.groupId(), q.followUpPolicy(), q.email(), q.name().equals(triageQueue));
	}
}
