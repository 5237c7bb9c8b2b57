package io.ticketflow.process.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the engine works (health group readiness): it answers, and its job executor runs — the timers of pending
 * tickets, the mail in and out. A node configured to run no jobs is healthy without it.
 */
@Component("engineHealthIndicator")
class EngineHealth implements HealthIndicator {

	private final ProcessEngine engine;

	EngineHealth(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public Health health() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		JobExecutor jobs = configuration.getJobExecutor();
		long due = engine.getManagementService().createJobQuery().executable().count();
		if (!configuration.isJobExecutorActivate()) {
			return Health.up().withDetail("jobExecutor", "not run on this node").withDetail("jobsDue", due).build();
		}
		Health.Builder health = jobs != null && jobs.isActive() ? Health.up() : Health.down();
		return health.withDetail("jobExecutor", jobs != null && jobs.isActive() ? "running" : "stopped")
			.withDetail("jobsDue", due).build();
	}
}
