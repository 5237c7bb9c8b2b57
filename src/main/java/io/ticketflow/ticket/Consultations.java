package io.ticketflow.ticket;

import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.util.Map;
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

	private final Customers customers;

	private final Rights rights;

	Consultations(TicketLedger ledger, Customers customers, Rights rights) {
		this.ledger = ledger;
		this.customers = customers;
		this.rights = rights;
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
		Ticket ticket = ledger.ticket(ticketId);
		Language language = customers.byId(ticket.customerId()).languageOrDefault();
		String sentence = AutoResponses.fill(CustomerTexts.text(language, approved ? "authorization.approved"
				: "authorization.refused"), Map.of("authorizer", rights.nameOf(authorizer), "reason", reason == null ? "" : reason));
		ledger.change(ticket, authorizer, (t, act) -> t.decideAuthorization(approved, reason, sentence, act));
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
