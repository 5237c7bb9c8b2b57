package io.ticketflow.process.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.ticketflow.process.Directory;
import io.ticketflow.rights.Persona;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every persona's group with the grants it needs to open the webapps, and a first administrator. Administrators
 * get every permission except the ones that delete records. Runs at every start and adds only what is missing.
 */
@Component
@Order(0)
class PersonaSetup implements ApplicationRunner {

	private static final Permission[] READ = { Permissions.READ };

	private static final Permission[] READ_DEFINITION = { ProcessDefinitionPermissions.READ,
			ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
			ProcessDefinitionPermissions.READ_TASK };

	private static final List<Persona> WORKERS = List.of(Persona.DISPATCHERS, Persona.AGENTS, Persona.TRAINEES,
			Persona.SPECIALISTS, Persona.AUTHORIZERS);

	private final Directory directory;

	private final AuthorizationService authorizations;

	private final IdentityService identity;

	private final String adminPassword;

	PersonaSetup(Directory directory, AuthorizationService authorizations, IdentityService identity,
			@Value("${ticketflow.admin-password:demo}") String adminPassword) {
		this.directory = directory;
		this.authorizations = authorizations;
		this.identity = identity;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		Arrays.stream(Persona.values()).forEach(p -> directory.ensureGroup(p.group(), p.title()));
		// Camunda Admin offers an anonymous set-up page while nobody is in camunda-admin: there is always someone.
		directory.ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators");
		if (identity.createUserQuery().memberOfGroup(Persona.ADMINS.group()).count() == 0) {
			directory.ensureUser("admin", "Ada", "Admin", adminPassword, List.of(Persona.ADMINS.group(), Groups.CAMUNDA_ADMIN));
		}
		for (Resource resource : Resources.values()) {
			grant(Persona.ADMINS, resource, "*", RecordPermissions.withoutDeletion(resource));
		}
		for (Persona worker : WORKERS) {
			grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(worker, Resources.FILTER, "*", READ);
			grant(worker, Resources.DEPLOYMENT, "*", READ);
			grant(worker, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
		}
		for (Persona reader : List.of(Persona.OBSERVERS, Persona.MANAGERS)) {
			grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(reader, Resources.DEPLOYMENT, "*", READ);
			grant(reader, Resources.PROCESS_DEFINITION, "*", READ_DEFINITION);
			grant(reader, Resources.PROCESS_INSTANCE, "*", READ);
			grant(reader, Resources.TASK, "*", READ);
		}
		grant(Persona.OBSERVERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(Persona.OBSERVERS, Resources.FILTER, "*", READ);
	}

	private void grant(Persona persona, Resource resource, String resourceId, Permission... permissions) {
		if (permissions.length == 0 || authorizations.createAuthorizationQuery().groupIdIn(persona.group())
				.resourceType(resource).resourceId(resourceId).count() > 0) {
			return;
		}
		Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		grant.setGroupId(persona.group());
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permission permission : permissions) {
			grant.addPermission(permission);
		}
		authorizations.saveAuthorization(grant);
	}
}
