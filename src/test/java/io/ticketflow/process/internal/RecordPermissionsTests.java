package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** A grant that allows deleting records, whoever wrote it, loses those permissions at the next start. */
@TicketflowTest
class RecordPermissionsTests {

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	RecordPermissions recordPermissions;

	@Test
	void deletingPermissionsAreStrippedFromEveryGrant() {
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId("somebody");
		grant.setResource(Resources.PROCESS_DEFINITION);
		grant.setResourceId("ticket");
		grant.addPermission(Permissions.ALL);
		authorizations.saveAuthorization(grant);

		recordPermissions.run(new DefaultApplicationArguments());

		for (var permission : List.of(ProcessDefinitionPermissions.DELETE_HISTORY,
				ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.DELETE)) {
			assertThat(authorizations.isUserAuthorized("somebody", List.of(), permission, Resources.PROCESS_DEFINITION,
					"ticket")).as(permission.getName()).isFalse();
		}
		assertThat(authorizations.isUserAuthorized("somebody", List.of(), ProcessDefinitionPermissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION, "ticket")).isTrue();
	}
}
