package io.ticketflow.ticket.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** History is appended and read, never updated or deleted: the repository offers nothing else. */
public interface HistoryRepository extends Repository<HistoryEntry, Long> {

	HistoryEntry save(HistoryEntry entry);

	List<HistoryEntry> findByTicketIdOrderByIdAsc(long ticketId);
}
