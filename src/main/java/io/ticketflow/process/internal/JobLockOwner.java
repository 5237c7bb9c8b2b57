package io.ticketflow.process.internal;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine locks each job it runs for its node: the lock names the node (and this process of it), so that the
 * jobs table tells which node holds which job, as the logs and figures tell which node did what. A node's jobs go to
 * the others when its locks run out ({@code camunda.bpm.job-execution.lock-time-in-millis}).
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

	private final String node;

	JobLockOwner(@Value("${ticketflow.node:local}") String node) {
		this.node = node;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getJobExecutor() != null) {
			configuration.getJobExecutor().setLockOwner(owner(node));
		}
	}

	/** The node's name and a part of a random id, within the 255 characters of the engine's column. */
	static String owner(String node) {
		String name = node.length() > 200 ? node.substring(0, 200) : node;
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
