package io.ticketflow.process.internal;

import io.ticketflow.process.internal.KeptFilterCounts.Key;
import io.ticketflow.shared.KeptValues;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The large filter counts in the database (V34): a start forgets what {@link KeptFilterCounts} kept, and the engine
 * took half a second for each person's first count of a large filter again (100,000 open tickets). The last count,
 * if at most {@link #AT_MOST} old, answers that ask at once instead, and is counted again in the background. Small
 * counts are quick to count and are not written.
 */
final class RememberedCounts implements KeptValues.Memory<Key, Long> {

	/** A count older than this is not given; the engine counts instead. */
	static final Duration AT_MOST = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LongSupplier large;

	/** @param large the fewest tasks of a count worth writing down */
	RememberedCounts(JdbcTemplate jdbc, Clock clock, LongSupplier large) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.large = large;
	}

	@Override
	public Long recall(Key key) {
		List<Long> found = jdbc.queryForList("select tasks from ticketflow.kept_filter_count where count_key = ? "
				+ "and counted_at > ?", Long.class, id(key), Timestamp.from(clock.instant().minus(AT_MOST)));
		return found.isEmpty() || found.get(0) < large.getAsLong() ? null : found.get(0);
	}

	@Override
	public void remember(Key key, Long tasks) {
		if (tasks < large.getAsLong()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		String id = id(key);
		if (jdbc.update("update ticketflow.kept_filter_count set tasks = ?, counted_at = ? where count_key = ?", tasks,
				now, id) == 0) {
			try {
				jdbc.update("insert into ticketflow.kept_filter_count (count_key, tasks, counted_at) values (?, ?, ?)",
						id, tasks, now);
			}
			catch (DuplicateKeyException raced) {
				// another node wrote it first, a count as recent as this one
			}
		}
	}

	/** The key in a column's width: whose count of which filter, as the engine's checks depend on it. */
	static String id(Key key) {
		String whole = String.join("\n", key.filter(), key.extension().name(), key.user(), String.join(",", key.groups()),
				String.join(",", key.tenants()));
		return UUID.nameUUIDFromBytes(whole.getBytes(StandardCharsets.UTF_8)).toString();
	}
}
