package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.FollowUpReceipt.Outcome;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer writes again to an existing ticket. Active tickets take the message; a merged ticket hands it to the
 * ticket it was merged into; a closed one follows its queue's {@link FollowUpPolicy}. The message is kept in every
 * case.
 */
@Service
@Transactional
public class FollowUps {

	private final TicketLedger ledger;

	private final TicketOpening opening;

	private final ApplicationEventPublisher events;

	private final Rights rights;

	private final AutoResponses autoResponses;

	FollowUps(TicketLedger ledger, TicketOpening opening, ApplicationEventPublisher events, Rights rights,
			AutoResponses autoResponses) {
		this.ledger = ledger;
		this.opening = opening;
		this.events = events;
		this.rights = rights;
		this.autoResponses = autoResponses;
	}

	/**
	 * What the customer said on the phone, written down by an agent: the customer sees it as theirs, so only those who
	 * may write to customers enter it, and the article keeps who typed it.
	 */
	public FollowUpReceipt takenByPhone(String number, String agent, String body) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		rights.requireMayWriteToCustomer(agent);
		String customer = ledger.customerEmail(ticket);
		FollowUpReceipt receipt = receive(number,
				ArticleDraft.fromCustomer(Channel.PHONE, customer, AgentArticles.subject(ticket), body).enteredBy(agent));
		if (receipt.outcome() == FollowUpReceipt.Outcome.REJECTED) {
			autoResponses.respond(receipt.ticket(), AutoResponseKind.REJECTED);
		}
		return receipt;
	}

	/**
	 * A mail to a ticket from an address that never took part in it: kept on the ticket as an internal article, so
	 * that nobody outside the conversation can write into it unnoticed or reopen it.
	 */
	public FollowUpReceipt receiveFromStranger(String number, ArticleDraft message) {
		Ticket ticket = ledger.ticket(number);
		ledger.append(ticket, message);
		ledger.record(ticket, HistoryType.FOLLOW_UP_RECEIVED, message.author(), "from a non-participant, kept internal");
		ledger.changed(ticket);
		return new FollowUpReceipt(ticket.number(), FollowUpReceipt.Outcome.KEPT_INTERNAL);
	}

	public FollowUpReceipt receive(String number, ArticleDraft message) {
		Ticket ticket = ledger.ticket(number);
		while (ticket.mergedInto() != null) {
			ticket = ledger.ticket(ticket.mergedInto());
		}
		if (ticket.state().isActive()) {
			return append(ticket, message);
		}
		Queue queue = ledger.queue(ticket.queueId());
		return switch (queue.followUpPolicy()) {
			case REOPEN -> reopen(ticket, queue, message);
			case REJECT -> reject(ticket, message);
			case NEW_TICKET -> asNewTicket(ticket, queue, message);
		};
	}

	private FollowUpReceipt append(Ticket ticket, ArticleDraft message) {
		ledger.append(ticket, message);
		ticket.customerWrote();
		ledger.changed(ticket);
		events.publishEvent(new CustomerFollowedUp(ticket.id(), ticket.number()));
		return new FollowUpReceipt(ticket.number(), Outcome.APPENDED);
	}

	private FollowUpReceipt reopen(Ticket ticket, Queue queue, ArticleDraft message) {
		ledger.append(ticket, message);
		TicketState before = ticket.state();
		ticket.customerWrote();
		ticket.changeState(TicketState.OPEN);
		ledger.record(ticket, HistoryType.REOPENED, message.author(), before.code() + " -> open");
		events.publishEvent(new TicketReopened(ticket.id(), ticket.number(), queue.groupId(), ticket.responsible()));
		return new FollowUpReceipt(ticket.number(), Outcome.REOPENED);
	}

	private FollowUpReceipt reject(Ticket ticket, ArticleDraft message) {
		ledger.append(ticket, message);
		ledger.record(ticket, HistoryType.FOLLOW_UP_REJECTED, message.author(), "the queue rejects follow-ups");
		return new FollowUpReceipt(ticket.number(), Outcome.REJECTED);
	}

	private FollowUpReceipt asNewTicket(Ticket closed, Queue queue, ArticleDraft message) {
		TicketView created = opening.open(closed.customerId(), closed.title(), queue, message, message.author());
		ledger.record(closed, HistoryType.FOLLOW_UP_AS_NEW_TICKET, message.author(), "new ticket " + created.number());
		return new FollowUpReceipt(created.number(), Outcome.NEW_TICKET);
	}
}
