package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.shared.KeptValues;
import io.ticketflow.ticket.HelpDeskFigures.Day;
import io.ticketflow.ticket.HelpDeskFigures.OpenCount;
import io.ticketflow.ticket.HelpDeskFigures.Workload;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.TimeEntryRepository;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts and medians over tickets, articles and history for the managers' dashboard; reads only. They grow with the
 * help desk (every active ticket, every ticket of the period): they are kept for {@code ticketflow.figures.keep-for}
 * (15 s) and counted again in the background when a view finds them older, so that no view waits for them but the
 * first after the start (per number of days shown).
 */
@Service
@Transactional(readOnly = true)
public class TicketFigures {

	private static final List<TicketState> ACTIVE = Arrays.stream(TicketState.values()).filter(TicketState::isActive)
		.toList();

	private final EntityManager entities;

	private final QueueRepository queues;

	private final Rights rights;

	private final Clock clock;

	private final TimeEntryRepository time;

	private final TransactionTemplate reading;

	/** The figures as last counted, by the number of days they cover (1 to 92). */
	private final KeptValues<Integer, HelpDeskFigures> kept;

	TicketFigures(EntityManager entities, QueueRepository queues, Rights rights, Clock clock, TimeEntryRepository time,
			@Value("${ticketflow.figures.keep-for:PT15S}") Duration keepFor, PlatformTransactionManager transactions) {
		this.time = time;
		this.entities = entities;
		this.queues = queues;
		this.rights = rights;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.kept = new KeptValues<>("figures", keepFor, clock);
	}

	@PreDestroy
	void stop() {
		kept.stop();
	}

	/** The figures of today and the given number of days before it (UTC days): as kept (see the class). */
	public HelpDeskFigures of(int days, String actor) {
		rights.requireMaySeeFigures(actor);
		return kept.get(days, () -> reading.execute(status -> count(days)));
	}

	/** The figures counted now. */
	private HelpDeskFigures count(int days) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Instant since = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
		Object[] oldest = oldestUnanswered();
		return new HelpDeskFigures(now, open(), unanswered(), (Instant) oldest[0], (String) oldest[1],
				perDay(today, days, since), median(firstReplies(since)), median(closings(since)), workload(),
				spent(time.perQueueSince(since), queueNames()), spent(time.perAgentSince(since), Map.of()));
	}

	private Map<Object, String> queueNames() {
		return queues.findAll().stream().collect(Collectors.toMap(Queue::id, Queue::name));
	}

	/** Rows of a key and its minutes, named, most first. */
	private static List<HelpDeskFigures.TimeSpent> spent(List<Object[]> rows, Map<Object, String> names) {
		return rows.stream()
			.map(row -> new HelpDeskFigures.TimeSpent(names.getOrDefault(row[0], String.valueOf(row[0])),
					((Number) row[1]).longValue()))
			.sorted(Comparator.comparingLong(HelpDeskFigures.TimeSpent::minutes).reversed()
				.thenComparing(HelpDeskFigures.TimeSpent::name))
			.toList();
	}

	private List<OpenCount> open() {
		Map<Object, String> names = queueNames();
		return entities.createQuery("""
				select t.queueId, t.state, count(t) from Ticket t where t.state in :active
				group by t.queueId, t.state""", Object[].class)
			.setParameter("active", ACTIVE)
			.getResultStream()
			.map(row -> new OpenCount(names.get((Long) row[0]), (TicketState) row[1], (Long) row[2]))
			.sorted(Comparator.comparing(OpenCount::queue).thenComparing(OpenCount::state))
			.toList();
	}

	private long unanswered() {
		return entities.createQuery("select count(t) from Ticket t where t.state in :active and t.answered = false",
				Long.class).setParameter("active", ACTIVE).getSingleResult();
	}

	/** The customer message that has waited longest for a reply: no reply to the customer came after it. */
	private Object[] oldestUnanswered() {
		List<Object[]> rows = entities.createQuery("""
				select a.createdAt, t.number from Article a, Ticket t
				where t.id = a.ticketId and t.state in :active and t.answered = false and a.senderType = :customer
				and not exists (select b.id from Article b where b.ticketId = a.ticketId and b.id > a.id
					and b.senderType = :agent and b.visibleForCustomer = true)
				order by a.createdAt asc, a.id asc""", Object[].class)
			.setParameter("active", ACTIVE)
			.setParameter("customer", SenderType.CUSTOMER)
			.setParameter("agent", SenderType.AGENT)
			.setMaxResults(1)
			.getResultList();
		return rows.isEmpty() ? new Object[2] : rows.get(0);
	}

	private List<Day> perDay(LocalDate today, int days, Instant since) {
		Map<LocalDate, Long> created = countByDay(entities.createQuery(
				"select t.createdAt from Ticket t where t.createdAt >= :since", Instant.class)
			.setParameter("since", since).getResultList());
		Map<LocalDate, Long> closed = countByDay(entities.createQuery(
				"select h.createdAt from HistoryEntry h where h.type = :closed and h.createdAt >= :since", Instant.class)
			.setParameter("closed", HistoryType.CLOSED).setParameter("since", since).getResultList());
		return IntStream.range(0, days)
			.mapToObj(i -> today.minusDays(days - 1L - i))
			.map(d -> new Day(d, created.getOrDefault(d, 0L), closed.getOrDefault(d, 0L)))
			.toList();
	}

	private static Map<LocalDate, Long> countByDay(List<Instant> moments) {
		return moments.stream().collect(Collectors.groupingBy(m -> LocalDate.ofInstant(m, ZoneOffset.UTC),
				Collectors.counting()));
	}

	private List<Duration> firstReplies(Instant since) {
		return durations("""
				select t.createdAt, min(a.createdAt) from Ticket t, Article a
				where a.ticketId = t.id and t.createdAt >= :since and a.senderType = :agent and a.visibleForCustomer = true
				group by t.id, t.createdAt""", since, "agent", SenderType.AGENT);
	}

	private List<Duration> closings(Instant since) {
		return durations("""
				select t.createdAt, min(h.createdAt) from Ticket t, HistoryEntry h
				where h.ticketId = t.id and t.createdAt >= :since and h.type = :closed
				group by t.id, t.createdAt""", since, "closed", HistoryType.CLOSED);
	}

	private List<Duration> durations(String query, Instant since, String parameter, Object value) {
		return entities.createQuery(query, Object[].class)
			.setParameter("since", since)
			.setParameter(parameter, value)
			.getResultStream()
			.map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
			.toList();
	}

	/** The median in whole seconds; of an even count, the mean of the middle two. */
	static Long median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		long[] seconds = durations.stream().mapToLong(Duration::toSeconds).sorted().toArray();
		int middle = seconds.length / 2;
		return seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
	}

	private List<Workload> workload() {
		return entities.createQuery("""
				select t.responsible, count(t), sum(case when t.answered = false then 1 else 0 end) from Ticket t
				where t.state in :active and t.responsible is not null group by t.responsible""", Object[].class)
			.setParameter("active", ACTIVE)
			.getResultStream()
			.map(row -> new Workload((String) row[0], (Long) row[1], ((Number) row[2]).longValue()))
			.sorted(Comparator.comparingLong(Workload::tickets).reversed().thenComparing(Workload::agent))
			.toList();
	}
}
