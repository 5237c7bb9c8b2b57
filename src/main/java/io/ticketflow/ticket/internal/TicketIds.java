package io.ticketflow.ticket.internal;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The ids of the tickets a list holds. */
public interface TicketIds {

	/** The ids of every ticket that matches, in the order given: no page, so the database reads the matches alone. */
	List<Long> idsOf(Specification<Ticket> matching, Sort order);
}
