package io.ticketflow.process.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Bookkeeping the application does in the engine runs as the system, whoever's step triggered it: an agent who
 * may complete a task may not, and need not, update the process instance behind it.
 */
@Component
class Engine {

	private final ProcessEngine engine;

	Engine(ProcessEngine engine) {
		this.engine = engine;
	}

	void asSystem(Runnable work) {
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			withoutAuthorization(context, work);
			return;
		}
		EngineDoors.application(() -> ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
			.getCommandExecutorTxRequired().execute(commandContext -> withoutAuthorization(commandContext, work)));
	}

	private static Void withoutAuthorization(CommandContext context, Runnable work) {
		return context.runWithoutAuthorization(() -> {
			work.run();
			return null;
		});
	}
}
