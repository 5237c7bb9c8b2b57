package io.ticketflow.process.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Camunda grants the help desk sets up: added when a group has none for the resource, never changed afterwards. */
final class Grants {

	private Grants() {
	}

	static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission... permissions) {
		if (permissions.length == 0 || authorizations.createAuthorizationQuery().groupIdIn(group)
				.resourceType(resource).resourceId(resourceId).count() > 0) {
			return;
		}
		Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		grant.setGroupId(group);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permission permission : permissions) {
			grant.addPermission(permission);
		}
		authorizations.saveAuthorization(grant);
	}
}
