package io.ticketflow.ticket.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

	@Query("select l from TicketLink l where l.fromId = :ticketId or l.toId = :ticketId order by l.id")
	List<TicketLink> of(long ticketId);

	@Query("select count(l) > 0 from TicketLink l where (l.fromId = :a and l.toId = :b) or (l.fromId = :b and l.toId = :a)")
	boolean linked(long a, long b);

	/** The parents of a ticket. */
	@Query("select l.fromId from TicketLink l where l.toId = :ticketId and l.kind = 'parent'")
	List<Long> parentsOf(long ticketId);

	/** The numbers of a ticket's children that are in one of the states given. */
	@Query("select t.number from TicketLink l, Ticket t where l.fromId = :ticketId and l.kind = 'parent' "
			+ "and t.id = l.toId and t.state in :states order by t.number")
	List<String> childrenIn(long ticketId, java.util.Collection<io.ticketflow.ticket.TicketState> states);
}
