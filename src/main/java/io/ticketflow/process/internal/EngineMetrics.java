package io.ticketflow.process.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The engine's job executor for a monitoring system (/actuator/prometheus): jobs due now (timers that fired, work
 * handed on) and jobs that failed every retry and wait for an administrator (Cockpit's incidents). Read from the
 * database when asked, so every node tells the same.
 */
@Component
class EngineMetrics {

	EngineMetrics(MeterRegistry registry, ManagementService management) {
		Gauge.builder("ticketflow.jobs.due", () -> management.createJobQuery().executable().count())
			.description("Jobs of the engine due now and not yet done").register(registry);
		Gauge.builder("ticketflow.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
			.description("Jobs of the engine that failed every retry").register(registry);
	}
}
