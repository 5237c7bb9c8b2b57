package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresLifecycleTests extends LifecycleContract {

	@Test
	void runsOnPostgresql17WithSynchronousCommit() {
		assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
		assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
	}
}
