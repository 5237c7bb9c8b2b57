package io.ticketflow.ticket.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketStateChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The tickets' figures for a monitoring system (/actuator/prometheus): tickets opened, and tickets closed —
 * closed successfully or not, or merged. Counted once the change committed, on the node that made it.
 */
@Component
class TicketMetrics {

	private final MeterRegistry registry;

	TicketMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TicketOpened opened) {
		Counter.builder("ticketflow.tickets.opened").description("Tickets opened").register(registry).increment();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TicketStateChanged changed) {
		if (!changed.to().isActive() && changed.from().isActive()) {
			Counter.builder("ticketflow.tickets.closed").tag("state", changed.to().code())
				.description("Tickets that ended: closed successfully or not, or merged").register(registry).increment();
		}
	}
}
