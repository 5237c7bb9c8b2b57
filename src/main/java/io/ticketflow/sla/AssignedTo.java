package io.ticketflow.sla;

/**
 * What a service level is given to; the most specific one a ticket has wins: its customer's, their company's, for a
 * sensitive customer the queue's service level for sensitive customers, and the queue's.
 */
public enum AssignedTo {

	CUSTOMER, COMPANY, SENSITIVE_QUEUE, QUEUE
}
