package io.ticketflow.benchmark;

/** One side of the comparison: the application or the bare engine, each on a database of its own. */
interface Side extends AutoCloseable {

	String name();

	/** Opens a ticket that waits for triage and returns its process's business key. */
	String open(int sequence);

	/** A dispatcher routes the ticket to the Support queue. */
	void triage(String key);

	/** An agent takes the ticket and replies to the customer. */
	void reply(String key);

	/** The agent closes the ticket; its process ends. */
	void closeTicket(String key);

	/** How many ticket processes have ended, to check that every lifecycle really went to the end. */
	long finishedProcesses();

	@Override
	void close();
}
