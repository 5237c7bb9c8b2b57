package io.ticketflow.ticket.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.repository.Repository;

/** History is appended and read, never updated or deleted: the repository offers nothing else. */
public interface HistoryRepository extends Repository<HistoryEntry, Long> {

	HistoryEntry save(HistoryEntry entry);

	@Query("select h from HistoryEntry h where h.ticketId = :ticketId order by h.id")
	List<HistoryEntry> findByTicketIdOrderByIdAsc(long ticketId);
}
