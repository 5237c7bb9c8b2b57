package io.ticketflow.process.internal;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Cockpit's plugin for managers: the help desk's figures on the dashboard and a page to browse tickets, closed ones
 * included. Its script is {@code plugin-webapp/ticketflow-cockpit/app/plugin.js}, served by {@link Assets}; Cockpit
 * finds the plugin through {@code META-INF/services}.
 */
public class CockpitHelpDeskPlugin extends AbstractCockpitPlugin {

	static final String ID = "ticketflow-cockpit";

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
	public static class Assets extends AbstractCockpitPluginRootResource {

		public Assets() {
			super(ID);
		}
	}
}
