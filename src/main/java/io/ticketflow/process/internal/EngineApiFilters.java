package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.WebappSessions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the help desk adds to the engine's answers, on its REST API and on the webapps' copy of it. */
@Configuration(proxyBeanMethods = false)
class EngineApiFilters {

	private static final String[] ENGINE_APIS = { "/engine-rest/*", "/camunda/api/*" };

	@Bean
	FilterRegistrationBean<TicketFormVariables> ticketFormVariables(TicketSnapshots snapshots, ObjectMapper json,
			TaskService tasks, WebappSessions sessions) {
		FilterRegistrationBean<TicketFormVariables> registration = new FilterRegistrationBean<>(
				new TicketFormVariables(snapshots, json, tasks, sessions));
		registration.addUrlPatterns(ENGINE_APIS);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FormTranslations> formTranslations(ObjectMapper json) {
		FilterRegistrationBean<FormTranslations> registration = new FilterRegistrationBean<>(new FormTranslations(json));
		registration.addUrlPatterns(ENGINE_APIS);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ModelWords> modelWords(ObjectMapper json) {
		FilterRegistrationBean<ModelWords> registration = new FilterRegistrationBean<>(new ModelWords(json));
		registration.addUrlPatterns(ENGINE_APIS);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineRefusals> engineRefusals(ObjectMapper json, TaskService tasks,
			IdentityService identity) {
		FilterRegistrationBean<EngineRefusals> registration = new FilterRegistrationBean<>(
				new EngineRefusals(json, tasks, identity));
		registration.addUrlPatterns(ENGINE_APIS);
		return registration;
	}
}
