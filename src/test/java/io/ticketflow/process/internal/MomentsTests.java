package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.InvalidInputException;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class MomentsTests {

	@Test
	void readsWhatFormsAndClientsSend() {
		assertThat(Moments.parse("2026-12-01T10:00+01:00", "f")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
		assertThat(Moments.parse("2026-12-01T09:00:00Z", "f")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
		assertThat(Moments.parse(Date.from(Instant.EPOCH), "f")).isEqualTo(Instant.EPOCH);
		assertThat(Moments.parse("2026-12-01", "f")).isNotNull();
		assertThat(Moments.parse("2026-12-01T09:00", "f")).isNotNull();
	}

	@Test
	void namesTheFieldOfABadValue() {
		assertThatThrownBy(() -> Moments.parse("tomorrow", "pendingUntil")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("tomorrow");
		assertThatThrownBy(() -> Moments.parse(null, "pendingUntil")).isInstanceOf(InvalidInputException.class);
	}
}
