package io.ticketflow.ticket.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TicketWatcherRepository extends JpaRepository<TicketWatcher, Long> {

	@Query("select w from TicketWatcher w where w.ticketId = :ticketId and w.username = :username")
	Optional<TicketWatcher> find(long ticketId, String username);

	@Query("select w.username from TicketWatcher w where w.ticketId = :ticketId and w.watching = true order by w.username")
	List<String> watching(long ticketId);
}
