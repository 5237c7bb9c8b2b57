package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.WebappSessions;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketFormConfiguration {

	/** On the engine REST API and on the webapps' own copy of it, which Tasklist uses. */
	@Bean
	FilterRegistrationBean<TicketFormVariables> ticketFormVariables(TicketSnapshots snapshots, ObjectMapper json,
			TaskService tasks, WebappSessions sessions) {
		FilterRegistrationBean<TicketFormVariables> registration = new FilterRegistrationBean<>(
				new TicketFormVariables(snapshots, json, tasks, sessions));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}
}
