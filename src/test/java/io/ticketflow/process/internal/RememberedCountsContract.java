package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.process.internal.KeptFilterCounts.Extension;
import io.ticketflow.process.internal.KeptFilterCounts.Key;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The large filter counts written to the database, on each database the help desk runs on. */
abstract class RememberedCountsContract {

	@Autowired
	JdbcTemplate jdbc;

	private final Instant now = Instant.parse("2026-12-06T10:00:00Z");

	private RememberedCounts at(Instant moment) {
		return new RememberedCounts(jdbc, Clock.fixed(moment, ZoneOffset.UTC), () -> 1000);
	}

	private static Key key(String user) {
		return new Key(UUID.randomUUID().toString(), Extension.ACTIVE, user, List.of("agents", "queue-support"),
				List.of());
	}

	@Test
	void aLargeCountIsRecalledUntilItIsAnHourOldAndReplacedByTheNext() {
		Key key = key("agent");
		at(now).remember(key, 60_000L);
		assertThat(at(now.plusSeconds(60)).recall(key)).isEqualTo(60_000L);
		at(now.plusSeconds(120)).remember(key, 60_001L);
		assertThat(at(now.plusSeconds(180)).recall(key)).as("the next count replaces it").isEqualTo(60_001L);
		assertThat(at(now.plusSeconds(120).plus(RememberedCounts.AT_MOST).plusSeconds(1)).recall(key))
			.as("older than the hour").isNull();
	}

	@Test
	void aSmallCountIsNotWrittenAndEachPersonHasTheirOwn() {
		Key small = key("agent");
		at(now).remember(small, 999L);
		assertThat(at(now).recall(small)).isNull();
		Key mine = key("agent");
		at(now).remember(mine, 5_000L);
		assertThat(at(now).recall(new Key(mine.filter(), mine.extension(), "agent2", mine.groups(), mine.tenants())))
			.as("another person's count of the same filter").isNull();
		assertThat(at(now).recall(new Key(mine.filter(), mine.extension(), "agent", List.of("agents"), mine.tenants())))
			.as("the same person with other groups").isNull();
	}
}
