package io.ticketflow.mail.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ticketflow.mail.IngestResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The mail's figures for a monitoring system (/actuator/prometheus): messages taken by outcome (quarantined ones
 * among them), how long a mailbox poll takes, and the outbox — messages waiting, given up, and how long the oldest
 * one waits. The outbox's figures are read from the database when asked, so every node tells the same.
 */
@Component
public class MailMetrics {

	private final MeterRegistry registry;

	MailMetrics(MeterRegistry registry, OutboxRepository outbox, Clock clock) {
		this.registry = registry;
		Gauge.builder("ticketflow.outbox.pending", () -> outbox.countByStatus(OutboxMessage.Status.PENDING))
			.description("Messages in the outbox waiting to be sent").register(registry);
		Gauge.builder("ticketflow.outbox.failed", () -> outbox.countByStatus(OutboxMessage.Status.FAILED))
			.description("Messages the outbox gave up on after every attempt").register(registry);
		Supplier<Number> oldest = () -> {
			Instant since = outbox.oldestCreatedAt(OutboxMessage.Status.PENDING);
			return since == null ? 0 : Duration.between(since, clock.instant()).toSeconds();
		};
		Gauge.builder("ticketflow.outbox.oldest.pending.age", oldest).baseUnit("seconds")
			.description("How long the oldest message in the outbox has waited").register(registry);
	}

	/** One inbound message, with what became of it. */
	public void taken(IngestResult result) {
		Counter.builder("ticketflow.mails.taken").tag("outcome", result.outcome().code())
			.description("Inbound messages by what became of them (quarantined: kept with a reason, in no ticket)")
			.register(registry).increment();
	}

	/** One poll of a mailbox, timed. */
	<T> T poll(String mailbox, Supplier<T> poll) {
		return Timer.builder("ticketflow.mail.poll").tag("mailbox", mailbox).description("A poll of one mailbox")
			.register(registry).record(poll);
	}
}
