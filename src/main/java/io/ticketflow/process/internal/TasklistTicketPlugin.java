package io.ticketflow.process.internal;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Tasklist's plugin for tickets: a line about the ticket on each task card and a "Ticket" tab with the whole ticket.
 * Its script is {@code plugin-webapp/ticketflow-tasklist/app/plugin.js}, served by {@link Assets}; Tasklist finds
 * the plugin through {@code META-INF/services}.
 */
public class TasklistTicketPlugin extends AbstractTasklistPlugin {

	static final String ID = "ticketflow-tasklist";

	@Override
	public String getId() {
		return ID;
	}

	@Override
	public Set<Class<?>> getResourceClasses() {
		return Set.of(Assets.class);
	}

	/** Serves the plugin's script to the webapp. */
	@Path("plugin/" + ID)
	public static class Assets extends AbstractTasklistPluginRootResource {

		public Assets() {
			super(ID);
		}
	}
}
