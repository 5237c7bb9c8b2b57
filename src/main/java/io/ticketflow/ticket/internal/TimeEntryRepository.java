package io.ticketflow.ticket.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

	@Query("select coalesce(sum(e.minutes), 0) from TimeEntry e where e.ticketId = :ticketId")
	long minutesOf(long ticketId);

	/** Minutes per queue since the instant: rows of queue id and minutes. */
	@Query("select t.queueId, sum(e.minutes) from TimeEntry e, Ticket t where t.id = e.ticketId and e.createdAt >= :since "
			+ "group by t.queueId")
	List<Object[]> perQueueSince(Instant since);

	/** Minutes per agent since the instant: rows of agent and minutes. */
	@Query("select e.agent, sum(e.minutes) from TimeEntry e where e.createdAt >= :since group by e.agent")
	List<Object[]> perAgentSince(Instant since);
}
