package io.ticketflow.process.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nobody holds a permission to delete records: at every start, grants that allow deleting process instances,
 * history, deployments or batches lose those permissions, whoever created them. Deleting users, groups, filters
 * and authorizations stays possible: those are configuration, not the record.
 */
@Component
@Order(2)
class RecordPermissions implements ApplicationRunner {

	private static final Set<Resources> CONFIGURATION = Set.of(Resources.USER, Resources.GROUP,
			Resources.GROUP_MEMBERSHIP, Resources.TENANT, Resources.TENANT_MEMBERSHIP, Resources.FILTER,
			Resources.AUTHORIZATION, Resources.APPLICATION, Resources.SYSTEM);

	private static final Set<Resources> PER_TASK = Set.of(Resources.TASK, Resources.HISTORIC_TASK);

	private final AuthorizationService authorizations;

	RecordPermissions(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	/**
	 * Reads only the grants that can hold a deleting permission. The engine writes a grant for every task it
	 * creates; of those, only the ones for all tasks ("*") are anybody's choice, so the start does not read them
	 * all.
	 */
	@Override
	public void run(ApplicationArguments args) {
		for (Resources resource : Resources.values()) {
			Permission[] deleting = deleting(resource);
			if (deleting.length == 0) {
				continue;
			}
			var query = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
				.resourceType(resource);
			if (PER_TASK.contains(resource)) {
				query.resourceId("*");
			}
			for (Authorization authorization : query.list()) {
				if (Arrays.stream(deleting).anyMatch(authorization::isPermissionGranted)) {
					Arrays.stream(deleting).forEach(authorization::removePermission);
					authorizations.saveAuthorization(authorization);
				}
			}
		}
	}

	/** All permissions of a resource but those that delete records. */
	static Permission[] withoutDeletion(Resource resource) {
		Set<Permission> deleting = Set.of(deleting(resource));
		return applicable(resource)
			.filter(p -> !deleting.contains(p) && !p.getName().equals("ALL") && !p.getName().equals("NONE"))
			.toArray(Permission[]::new);
	}

	static Permission[] deleting(Resource resource) {
		if (resource == null || CONFIGURATION.contains(resource)) {
			return new Permission[0];
		}
		return applicable(resource).filter(p -> p.getName().startsWith("DELETE")).toArray(Permission[]::new);
	}

	private static Stream<Permission> applicable(Resource resource) {
		return Arrays.stream(ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))
			.filter(p -> Arrays.stream(p.getTypes()).anyMatch(t -> t.resourceType() == resource.resourceType()));
	}
}
