package io.ticketflow.sla;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.TicketQueries;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' service-level figures, for the Cockpit dashboard. */
@Service
@Transactional(readOnly = true)
public class ServiceLevelReport {

	private final EntityManager entities;

	private final TicketQueries tickets;

	private final Rights rights;

	private final Clock clock;

	ServiceLevelReport(EntityManager entities, TicketQueries tickets, Rights rights, Clock clock) {
		this.entities = entities;
		this.tickets = tickets;
		this.rights = rights;
		this.clock = clock;
	}

	public ServiceLevelFigures figures(String actor, int days) {
		rights.requireMaySeeFigures(actor);
		Instant now = clock.instant();
		Instant since = now.minus(Duration.ofDays(days));
		Map<String, long[]> counts = new TreeMap<>();
		count(counts, "firstResponse", 0, since, now);
		count(counts, "solution", 2, since, now);
		List<ServiceLevelFigures.QueueCompliance> perQueue = new ArrayList<>();
		counts.forEach((queue, c) -> perQueue.add(new ServiceLevelFigures.QueueCompliance(queue, c[0], c[1],
				percent(c[0], c[1]), c[2], c[3], percent(c[2], c[3]))));
		return new ServiceLevelFigures(days, perQueue, escalatedNow(now), longestOverdue(now));
	}

	/** In time: met by the due time. Late: met after it, or not met and past it (a pending ticket's clock stands). */
	private void count(Map<String, long[]> counts, String deadline, int column, Instant since, Instant now) {
		List<Object[]> rows = entities.createQuery("""
				select c.queue,
				  sum(case when c.DEADLINE.metAt is not null and c.DEADLINE.metAt <= c.DEADLINE.dueAt then 1 else 0 end),
				  sum(case when (c.DEADLINE.metAt is not null and c.DEADLINE.metAt > c.DEADLINE.dueAt)
				    or (c.DEADLINE.metAt is null and c.pausedAt is null and c.DEADLINE.dueAt < :now) then 1 else 0 end)
				from TicketClock c
				where c.DEADLINE.started >= :since and c.queue is not null group by c.queue""".replace("DEADLINE", deadline),
				Object[].class)
			.setParameter("since", since).setParameter("now", now).getResultList();
		for (Object[] row : rows) {
			long[] c = counts.computeIfAbsent((String) row[0], q -> new long[4]);
			c[column] = ((Number) row[1]).longValue();
			c[column + 1] = ((Number) row[2]).longValue();
		}
	}

	private static Integer percent(long inTime, long late) {
		return inTime + late == 0 ? null : (int) Math.round(100.0 * inTime / (inTime + late));
	}

	private long escalatedNow(Instant now) {
		return entities.createQuery("""
				select count(c) from TicketClock c where c.pausedAt is null and (
				  (c.firstResponse.metAt is null and c.firstResponse.dueAt < :now)
				  or (c.update.metAt is null and c.update.dueAt < :now)
				  or (c.solution.metAt is null and c.solution.dueAt < :now))""", Long.class)
			.setParameter("now", now).getSingleResult();
	}

	private ServiceLevelFigures.Overdue longestOverdue(Instant now) {
		ServiceLevelFigures.Overdue longest = null;
		for (DeadlineKind kind : DeadlineKind.values()) {
			String field = switch (kind) {
				case FIRST_RESPONSE -> "firstResponse";
				case UPDATE -> "update";
				case SOLUTION -> "solution";
			};
			List<Object[]> rows = entities.createQuery("""
					select c.ticketId, c.DEADLINE.dueAt from TicketClock c
					where c.pausedAt is null and c.DEADLINE.metAt is null and c.DEADLINE.dueAt < :now order by c.DEADLINE.dueAt"""
						.replace("DEADLINE", field),
					Object[].class).setParameter("now", now).setMaxResults(1).getResultList();
			for (Object[] row : rows) {
				Instant due = (Instant) row[1];
				if (longest == null || due.isBefore(longest.dueAt())) {
					longest = new ServiceLevelFigures.Overdue(tickets.ticket(((Number) row[0]).longValue()).number(), kind,
							due, Duration.between(due, now).toSeconds());
				}
			}
		}
		return longest;
	}
}
