package io.ticketflow.ticket;

import java.util.Set;

/**
 * The addresses the help desk itself sends from and receives mail at, besides its queues' own (OTRS's system
 * addresses): a reply-all never copies them, or the help desk would write to itself.
 */
public interface OwnAddresses {

	/** In lower case. */
	Set<String> all();
}
