package io.ticketflow.process.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.shared.KeptValues;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tasklist counts each of the signed-in person's filters on every refresh, beside the list it shows; the engine counts
 * a filter's tasks through their authorizations, which takes longer the more tickets are open (a tenth to half a
 * second with 100,000). The counts are kept per person (user, groups and tenants, as the engine checks them) and
 * filter for {@code ticketflow.tasklist.keep-counts-for} (10 s) and counted again in the background when a refresh
 * finds them older ({@link KeptValues}): what others did shows within that while. What a person does themselves shows
 * at once in counts below {@link #COUNT_AT_ONCE_BELOW} tasks: a change to a task forgets those counts of whoever made
 * it and of the task's assignee; their larger counts are counted again in the background. The larger counts are also
 * written to the database, so that after a start the last one answers a person's first ask while the filter is
 * counted again ({@link RememberedCounts}). A count with
 * criteria of its own (a search in Tasklist) is counted each time ({@link #extension}); the filter's read permission
 * is checked on every count. A list's page that starts at or past the count its person got within the while is
 * empty without the engine, which would walk every task the filter's criteria name to learn that none is theirs.
 */
@Component
class KeptFilterCounts extends AbstractProcessEnginePlugin {

	private static final JsonTaskQueryConverter QUERIES = new JsonTaskQueryConverter();

	private final Clock clock;

	private volatile KeptValues<Key, Long> kept;

	private ProcessEngineConfigurationImpl configuration;

	/**
	 * A count below this many tasks is counted afresh after its person's own change; a larger one in the background,
	 * and it is written down for the first ask after a start ({@link RememberedCounts}).
	 */
	static final long COUNT_AT_ONCE_BELOW = 1000;

	private volatile long countAtOnceBelow = COUNT_AT_ONCE_BELOW;

	private final RememberedCounts remembered;

	KeptFilterCounts(@Value("${ticketflow.tasklist.keep-counts-for:PT10S}") Duration keepFor,
			@Value("${ticketflow.tasklist.keep-large-counts-for:PT1M}") Duration keepLargeFor, Clock clock,
			JdbcTemplate jdbc, MeterRegistry metrics) {
		this.clock = clock;
		this.remembered = new RememberedCounts(jdbc, clock, () -> countAtOnceBelow);
		keepFor(keepFor, keepLargeFor);
		Gauge.builder("ticketflow.tasklist.counts.counting", this, counts -> counts.kept.beingWorkedOut())
			.description("Tasklist filter counts being counted again in the background, or waiting for it")
			.register(metrics);
	}

	/** Keeps every count for the given while from now on, forgetting those kept so far (as a start does). */
	void keepFor(Duration keepFor) {
		keepFor(keepFor, keepFor);
	}

	/**
	 * Keeps counts for the given while from now on, those of {@link #countAtOnceBelow} tasks or more for the longer
	 * one, forgetting those kept so far (as a start does).
	 */
	void keepFor(Duration keepFor, Duration keepLargeFor) {
		KeptValues<Key, Long> before = kept;
		kept = keepFor.isZero() && keepLargeFor.isZero() ? new KeptValues<>("filter-counts", keepFor, clock, remembered)
				: new KeptValues<>("filter-counts", count -> count >= countAtOnceBelow ? keepLargeFor : keepFor, clock,
						remembered);
		if (before != null) {
			before.stop();
		}
	}

	/** Counts of at least this many tasks are counted again in the background after their person's own change. */
	void countAtOnceBelow(long tasks) {
		countAtOnceBelow = tasks;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
		configuration.setFilterService(new Counting());
	}

	@PreDestroy
	void stop() {
		kept.stop();
	}

	/** A change to a task: once it is committed, its maker's and its assignee's counts are counted afresh. */
	@EventListener
	void on(DelegateTask task) {
		Authentication actor = configuration.getIdentityService().getCurrentAuthentication();
		Set<String> people = new HashSet<>();
		if (actor != null && actor.getUserId() != null) {
			people.add(actor.getUserId());
		}
		if (task.getAssignee() != null) {
			people.add(task.getAssignee());
		}
		if (people.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					countAgain(people);
				}
			});
		}
		else {
			countAgain(people);
		}
	}

	/**
	 * The people's counts after a change of theirs: a small one is counted afresh at its next ask, so that the change
	 * shows at once; a large one (the engine takes half a second for 60,000 tasks) at its next ask in the background,
	 * the last count answering meanwhile.
	 */
	private void countAgain(Set<String> people) {
		long large = countAtOnceBelow;
		kept.outdate(key -> people.contains(key.user()), count -> count < large);
	}

	/**
	 * What a query adds to a filter's criteria, when it is a kind whose counts are kept: nothing but an order, or only
	 * that the tasks be active (Tasklist's list of a filter asks so); null for anything else, such as a search.
	 */
	static Extension extension(Query<?, ?> extending) {
		if (extending == null) {
			return Extension.NONE;
		}
		if (!(extending instanceof TaskQuery query)) {
			return null;
		}
		Object criteria = criteria(query);
		return Arrays.stream(Extension.values()).filter(e -> e.criteria.equals(criteria)).findFirst().orElse(null);
	}

	private static Object criteria(TaskQuery query) {
		var json = QUERIES.toJsonObject(query);
		json.remove(JsonTaskQueryConverter.ORDERING_PROPERTIES);
		json.remove(JsonTaskQueryConverter.ORDER_BY);
		return json;
	}

	/** The extensions of a filter whose counts are kept. */
	enum Extension {

		NONE(false), ACTIVE(true);

		private final boolean active;

		/** The query's criteria as {@link #extension} compares them, written down once. */
		private final Object criteria;

		Extension(boolean active) {
			this.active = active;
			this.criteria = criteria(query());
		}

		TaskQuery query() {
			TaskQueryImpl query = new TaskQueryImpl();
			return active ? query.active() : query;
		}
	}

	/** Whose count of which filter: the engine's authorization checks depend on exactly these. */
	record Key(String filter, Extension extension, String user, List<String> groups, List<String> tenants) {

		static Key of(String filter, Extension extension, Authentication auth) {
			return new Key(filter, extension, auth.getUserId(), sorted(auth.getGroupIds()), sorted(auth.getTenantIds()));
		}

		private static List<String> sorted(List<String> ids) {
			return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).sorted().toList();
		}
	}

	/** The engine's filter service, counting through the kept counts. */
	private final class Counting extends FilterServiceImpl {

		@Override
		public Long count(String filterId) {
			return count(filterId, null);
		}

		@Override
		public Long count(String filterId, Query<?, ?> extendingQuery) {
			Key key = keyOf(filterId, extendingQuery);
			if (key == null || !mayRead(key)) {
				// the engine's own count, or its own refusal, as without kept counts
				return super.count(filterId, extendingQuery);
			}
			return kept.get(key, () -> as(configuration.getIdentityService(), key, () -> super.count(filterId,
					key.extension() == Extension.NONE ? null : key.extension().query())));
		}

		/**
		 * A page that starts at or past the filter's count, counted for the person within the while, is empty: the
		 * engine would walk every task the filter's criteria name to learn that none is the person's.
		 */
		@Override
		public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
				int maxResults) {
			Key key = keyOf(filterId, extendingQuery);
			Long count = key == null ? null : kept.ifFresh(key);
			if (count != null && firstResult >= count && mayRead(key)) {
				return List.of();
			}
			return super.listPage(filterId, extendingQuery, firstResult, maxResults);
		}

		/** The signed-in person's key of the filter with the query, or null when such a count is not kept. */
		private Key keyOf(String filterId, Query<?, ?> extendingQuery) {
			Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
			Extension extension = extension(extendingQuery);
			if (auth == null || auth.getUserId() == null || extension == null) {
				return null;
			}
			return Key.of(filterId, extension, auth);
		}

		/** Whether the key's person may read the filter (an administrator's count is always counted afresh). */
		private boolean mayRead(Key key) {
			return configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
				.isAuthorized(key.user(), key.groups(), Permissions.READ, Resources.FILTER, key.filter()));
		}

		/** Counts as the key's person: the background thread has no one signed in. */
		private Long as(IdentityService identity, Key key, Supplier<Long> count) {
			Authentication before = identity.getCurrentAuthentication();
			identity.setAuthentication(key.user(), key.groups(), key.tenants());
			try {
				return count.get();
			}
			finally {
				if (before == null) {
					identity.clearAuthentication();
				}
				else {
					identity.setAuthentication(before);
				}
			}
		}
	}
}
