package io.ticketflow.ticket;

import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's approval scenario: an agent asks a specialist or an authorizer; the one asked writes an internal note
 * and gives the ticket back one step, or passes it on. Every step is a line of the ticket's history.
 */
@Service
@Transactional
public class Consultations {

	private final TicketLedger ledger;

	Consultations(TicketLedger ledger) {
		this.ledger = ledger;
	}

	/** An agent asks a consultant, a person who may work this ticket, with a question. */
	public void ask(long ticketId, String agent, String consultant, String question) {
		ledger.change(ticketId, agent, (ticket, act) -> ticket.askConsultation(consultant, question, act));
	}

	/** The consultant the ticket is with passes it on; the next one returns it to them. */
	public void pass(long ticketId, String consultant, String next, String note) {
		ledger.change(ticketId, consultant, (ticket, act) -> ticket.passConsultation(next, note, act));
	}

	/**
	 * The consultant the ticket is with gives it back one step, with a note. Returns who has it now: the consultant
	 * who passed it on, or the agent who asked ({@link #consultant} is then null).
	 */
	public String giveBack(long ticketId, String consultant, String note) {
		Ticket ticket = ledger.ticket(ticketId);
		String previous = ticket.returnConsultation(note, ledger.act(ticket, consultant));
		ledger.save(ticket);
		return previous;
	}

	public void askAuthorization(long ticketId, String agent, String request) {
		ledger.change(ticketId, agent, (ticket, act) -> ticket.askAuthorization(request, act));
	}

	/** An authorizer decides what the agent of the ticket's open request asked for. */
	public void decide(long ticketId, String authorizer, boolean approved, String reason) {
		ledger.change(ticketId, authorizer, (ticket, act) -> ticket.decideAuthorization(approved, reason, act));
	}

	/** The consultant a ticket is with, or null. */
	@Transactional(readOnly = true)
	public String consultant(long ticketId) {
		return ledger.ticket(ticketId).consultant();
	}

	/** Asks the customer for what a dispatcher needs to route the ticket. */
	public void askCustomer(long ticketId, String dispatcher, String question) {
		Ticket ticket = ledger.ticket(ticketId);
		String customer = ledger.customerEmail(ticket);
		ledger.change(ticket, dispatcher, (t, act) -> t.askCustomer(question, customer, act));
	}
}
