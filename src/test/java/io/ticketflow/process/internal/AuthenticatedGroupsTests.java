package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine takes a person's groups as they are, without reading every authorization's group first. */
@TicketflowTest
class AuthenticatedGroupsTests {

	@Autowired
	ProcessEngine engine;

	@Test
	void aPersonsGroupsAreNotNarrowedToThoseWithAuthorizations() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> context
			.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("no-authorizations", "agents", "agents")));
		assertThat(groups).containsExactly("no-authorizations", "agents");
	}
}
