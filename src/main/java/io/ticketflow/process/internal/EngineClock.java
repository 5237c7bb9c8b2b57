package io.ticketflow.process.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The help desk's time is the engine's: a deadline the application computes and the timer the engine fires for it
 * read the same clock, also when a test moves the engine's clock forward.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	Clock clock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneId.systemDefault();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(instant(), zone);
			}

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}
		};
	}
}
