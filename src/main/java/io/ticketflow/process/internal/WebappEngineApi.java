package io.ticketflow.process.internal;

import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist and Cockpit reach the engine through their own copy of the engine's REST API: it answers a help-desk
 * refusal and a malformed request as /engine-rest does (403, 400, 409), not as a server error. Whichever of
 * Camunda's set-up and this one runs first, the servlet ends up with both.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

	static final String SERVLET = "Engine Api";

	@Bean
	ServletContextInitializer webappEngineApiRefusals(CamundaBpmProperties camunda) {
		return context -> {
			ServletRegistration registration = context.getServletRegistration(SERVLET);
			if (registration == null) {
				registration = context.addServlet(SERVLET, ServletContainer.class);
				registration.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
				registration.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName());
			}
			registration.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
					String.join(",", EngineRestConfiguration.Refusals.class.getName(),
							EngineRestConfiguration.BadRequests.class.getName(),
							EngineRestConfiguration.ClaimConflicts.class.getName()));
		};
	}
}
