package io.ticketflow.process.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the engine works (health group readiness): its job executor runs — the timers of pending tickets, the mail
 * in and out. A node configured to run no jobs ({@code camunda.bpm.job-execution.enabled: false}) is healthy without
 * it. That setting decides, not the engine's own flag, which Camunda's Spring Boot starter always turns off: it starts
 * the job executor itself once the application is ready. The database has its own indicator; the jobs due are a
 * figure (ticketflow_jobs_due), not counted here: a load balancer asks every few seconds, and counting them took
 * 84 ms with 13,000 due.
 */
@Component("engineHealthIndicator")
class EngineHealth implements HealthIndicator {

	private final ProcessEngine engine;

	private final boolean runsJobs;

	EngineHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean runsJobs) {
		this.engine = engine;
		this.runsJobs = runsJobs;
	}

	@Override
	public Health health() {
		return health(runsJobs,
				((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor());
	}

	static Health health(boolean runsJobs, JobExecutor jobs) {
		if (!runsJobs) {
			return Health.up().withDetail("jobExecutor", "not run on this node").build();
		}
		boolean running = jobs != null && jobs.isActive();
		return (running ? Health.up() : Health.down()).withDetail("jobExecutor", running ? "running" : "stopped").build();
	}
}
