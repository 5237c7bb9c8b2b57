package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The engine's part of readiness: a node that runs jobs is ready while its job executor runs. */
class EngineHealthTests {

	@Test
	void aNodeThatRunsJobsIsReadyWhileItsJobExecutorRuns() {
		assertThat(EngineHealth.health(true, executor(true))).satisfies(health -> said(health, Status.UP, "running"));
		assertThat(EngineHealth.health(true, executor(false))).satisfies(health -> said(health, Status.DOWN, "stopped"));
		assertThat(EngineHealth.health(true, null)).satisfies(health -> said(health, Status.DOWN, "stopped"));
	}

	@Test
	void aNodeConfiguredToRunNoJobsIsReadyWithout() {
		assertThat(EngineHealth.health(false, executor(false)))
			.satisfies(health -> said(health, Status.UP, "not run on this node"));
	}

	/** Camunda's job executor, whose state is the engine's: only whether it is active matters here. */
	private static JobExecutor executor(boolean active) {
		JobExecutor executor = mock(JobExecutor.class);
		when(executor.isActive()).thenReturn(active);
		return executor;
	}

	private static void said(Health health, Status status, String jobExecutor) {
		assertThat(health.getStatus()).isEqualTo(status);
		assertThat(health.getDetails()).containsEntry("jobExecutor", jobExecutor);
	}
}
