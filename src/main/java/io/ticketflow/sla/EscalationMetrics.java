package io.ticketflow.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The escalations' figure for a monitoring system (/actuator/prometheus): deadlines that came near (warning) or
 * passed (breach), by deadline. Counted once the announcement committed, on the node that made it.
 */
@Component
class EscalationMetrics {

	private final MeterRegistry registry;

	EscalationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(EscalationReached escalation) {
		Counter.builder("ticketflow.escalations")
			.tag("deadline", escalation.deadline().name().toLowerCase(Locale.ROOT))
			.tag("level", escalation.level().name().toLowerCase(Locale.ROOT))
			.description("Deadlines of tickets that came near (warning) or passed (breach)")
			.register(registry).increment();
	}
}
