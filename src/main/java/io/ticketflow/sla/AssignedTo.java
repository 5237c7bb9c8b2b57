package io.ticketflow.sla;

/** What a service level is given to; the most specific one a ticket has wins. */
public enum AssignedTo {

	CUSTOMER, COMPANY, QUEUE
}
