package io.ticketflow.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	@EventListener
	void ready(WebServerInitializedEvent event) {
		String base = "http://localhost:" + event.getWebServer().getPort();
		log.info("""

				Ticketflow is running at {}
				  Tasklist  {}/camunda/app/tasklist/
				  Cockpit   {}/camunda/app/cockpit/
				  Admin     {}/camunda/app/admin/
				  API       {}/api/tickets   (HTTP Basic, e.g. agent / demo)
				  OpenAPI   {}/api/docs
				  Health    {}/actuator/health
				""", base, base, base, base, base, base, base);
	}
}
