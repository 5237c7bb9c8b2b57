package io.ticketflow.ticket;

import io.ticketflow.ticket.FollowUpReceipt.Outcome;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
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

	private final AutoResponses autoResponses;

	FollowUps(TicketLedger ledger, TicketOpening opening, AutoResponses autoResponses) {
		this.ledger = ledger;
		this.opening = opening;
		this.autoResponses = autoResponses;
	}

	/**
	 * What the customer said on the phone, written down by an agent: the customer sees it as theirs, so only those who
	 * may write to customers enter it, and the article keeps who typed it.
	 */
	public FollowUpReceipt takenByPhone(String number, String agent, String body) {
		Ticket ticket = ledger.ticket(number);
		ticket.requireMayTakeCall(ledger.act(ticket, agent));
		String customer = ledger.customerEmail(ticket);
		FollowUpReceipt receipt = receive(number,
				ArticleDraft.fromCustomer(Channel.PHONE, customer, ticket.subject(), body).enteredBy(agent));
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
		ledger.change(ticket, message.author(), (t, act) -> t.keepFromStranger(message, act));
		return new FollowUpReceipt(ticket.number(), FollowUpReceipt.Outcome.KEPT_INTERNAL);
	}

	public FollowUpReceipt receive(String number, ArticleDraft message) {
		Ticket ticket = ledger.ticket(number);
		while (ticket.mergedInto() != null) {
			ticket = ledger.ticket(ticket.mergedInto());
		}
		if (ticket.state().isActive()) {
			ledger.change(ticket, message.author(), (t, act) -> t.customerWrote(message, act));
			return new FollowUpReceipt(ticket.number(), Outcome.APPENDED);
		}
		return switch (ledger.queue(ticket.queueId()).followUpPolicy()) {
			case REOPEN -> {
				ledger.change(ticket, message.author(), (t, act) -> t.reopen(message, act));
				yield new FollowUpReceipt(ticket.number(), Outcome.REOPENED);
			}
			case REJECT -> {
				ledger.change(ticket, message.author(), (t, act) -> t.rejectFollowUp(message, act));
				yield new FollowUpReceipt(ticket.number(), Outcome.REJECTED);
			}
			case NEW_TICKET -> asNewTicket(ticket, message);
		};
	}

	private FollowUpReceipt asNewTicket(Ticket closed, ArticleDraft message) {
		TicketView created = opening.open(closed.customerId(), closed.title(), ledger.queue(closed.queueId()), message,
				message.author());
		ledger.change(closed, message.author(), (t, act) -> t.followedUpAsNewTicket(created.number(), act));
		return new FollowUpReceipt(created.number(), Outcome.NEW_TICKET);
	}
}
