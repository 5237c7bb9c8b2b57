package io.ticketflow.sla;

/** OTRS's three escalation times. */
public enum DeadlineKind {

	/** From the ticket's creation to the first reply the customer reads. */
	FIRST_RESPONSE,
	/** From a customer's message after the first response to the next reply. */
	UPDATE,
	/** From the ticket's creation to its closing. */
	SOLUTION
}
