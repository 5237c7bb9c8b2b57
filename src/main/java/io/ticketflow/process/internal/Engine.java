package io.ticketflow.process.internal;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Bookkeeping the application does inside the engine runs as the system, whoever's step triggered it. */
final class Engine {

	private Engine() {
	}

	static void asSystem(Runnable work) {
		CommandContext context = Context.getCommandContext();
		if (context == null) {
			work.run();
			return;
		}
		context.runWithoutAuthorization(() -> {
			work.run();
			return null;
		});
	}
}
