package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
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

	private final AgentArticles articles;

	private final Rights rights;

	Consultations(TicketLedger ledger, AgentArticles articles, Rights rights) {
		this.ledger = ledger;
		this.articles = articles;
		this.rights = rights;
	}

	/** An agent asks a consultant, a person who may work this ticket, with a question. */
	public void ask(long ticketId, String agent, String consultant, String question) {
		Ticket ticket = ledger.ticket(ticketId);
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		requireConsultant(ticket, agent, consultant);
		ticket.askConsultation(agent, consultant);
		record(ticket, agent, question, HistoryType.CONSULTATION_ASKED, agent + " asks " + consultant);
	}

	/** The consultant the ticket is with passes it on; the next one returns it to them. */
	public void pass(long ticketId, String consultant, String next, String note) {
		requireNote(note);
		Ticket ticket = ledger.ticket(ticketId);
		requireConsultant(ticket, consultant, next);
		ticket.passConsultation(consultant, next);
		record(ticket, consultant, note, HistoryType.CONSULTATION_PASSED, consultant + " passes to " + next);
	}

	/**
	 * The consultant the ticket is with gives it back one step, with a note. Returns who has it now: the consultant
	 * who passed it on, or the agent who asked ({@link #consultant} is then null).
	 */
	public String giveBack(long ticketId, String consultant, String note) {
		requireNote(note);
		Ticket ticket = ledger.ticket(ticketId);
		String previous = ticket.returnConsultation(consultant);
		record(ticket, consultant, note, HistoryType.CONSULTATION_RETURNED, consultant + " returns to " + previous);
		return previous;
	}

	public void askAuthorization(long ticketId, String agent, String request) {
		if (request == null || request.isBlank()) {
			throw new InvalidInputException("authorizationRequest", "say what is to be authorized");
		}
		Ticket ticket = ledger.ticket(ticketId);
		rights.requireMayWork(agent, ledger.queueGroup(ticket));
		ticket.askAuthorization(agent);
		record(ticket, agent, request, HistoryType.AUTHORIZATION_ASKED, agent + " asks for authorization");
	}

	/** An authorizer decides what the agent of the ticket's open request asked for. */
	public void decide(long ticketId, String authorizer, boolean approved, String reason) {
		Ticket ticket = ledger.ticket(ticketId);
		rights.requireMayAuthorize(authorizer, ticket.authorizationAsker());
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("authorizationReason", "an authorization decision gives its reason");
		}
		ticket.authorizationDecided();
		String decision = approved ? "approved" : "refused";
		record(ticket, authorizer, decision + ": " + reason, HistoryType.AUTHORIZATION_DECIDED,
				authorizer + " " + decision);
	}

	/** The consultant a ticket is with, or null. */
	@Transactional(readOnly = true)
	public String consultant(long ticketId) {
		return ledger.ticket(ticketId).consultant();
	}

	/** Asks the customer for what a dispatcher needs to route the ticket. */
	public void askCustomer(long ticketId, String dispatcher, String question) {
		rights.requireMayTriage(dispatcher);
		if (question == null || question.isBlank()) {
			throw new InvalidInputException("question", "say what the customer should tell us");
		}
		articles.reply(ticketId, dispatcher, question);
		Ticket ticket = ledger.ticket(ticketId);
		ledger.record(ticket, HistoryType.CUSTOMER_ASKED, dispatcher, "waiting for the customer's answer");
	}

	private void record(Ticket ticket, String author, String note, HistoryType type, String detail) {
		if (note != null && !note.isBlank()) {
			ledger.append(ticket, ArticleDraft.note(author, AgentArticles.subject(ticket), note));
		}
		ledger.record(ticket, type, author, detail);
		ledger.changed(ticket);
	}

	/** A consultant hands the ticket on with what they found: an internal note. */
	private static void requireNote(String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "a consultation is returned or passed on with an internal note");
		}
	}

	/** A consultant is a person who may work this ticket, other than the one who asks. */
	private void requireConsultant(Ticket ticket, String from, String to) {
		if (to == null || to.isBlank()) {
			throw new InvalidInputException("consultant", "name the agent to consult");
		}
		if (to.equals(from)) {
			throw new InvalidInputException("consultant", "an agent does not consult themselves");
		}
		if (!rights.mayWork(to, ledger.queueGroup(ticket))) {
			throw new InvalidInputException("consultant", to + " is nobody who may work this ticket");
		}
	}
}
