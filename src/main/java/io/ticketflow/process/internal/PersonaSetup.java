package io.ticketflow.process.internal;

import io.ticketflow.process.Directory;
import io.ticketflow.rights.Persona;
import io.ticketflow.rights.Rights;
import io.ticketflow.rights.Right;
import io.ticketflow.rights.Webapp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
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

	private static final List<Permission> READ = List.of(Permissions.READ);

	private static final List<Permission> READ_DEFINITION = List.of(ProcessDefinitionPermissions.READ,
			ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
			ProcessDefinitionPermissions.READ_TASK);

	private static final Target TASKLIST = new Target(Resources.APPLICATION, "tasklist");

	private static final Target COCKPIT = new Target(Resources.APPLICATION, "cockpit");

	/** What working in each webapp needs; a persona of several webapps gets the permissions of all. */
	private static final Map<Webapp, Map<Target, List<Permission>>> WEBAPP_GRANTS = Map.of(
			// each filter is granted to the personas whose job it is (TasklistFilters)
			Webapp.TASKLIST, Map.of(TASKLIST, List.of(Permissions.ACCESS), all(Resources.DEPLOYMENT), READ,
					all(Resources.PROCESS_DEFINITION), List.of(ProcessDefinitionPermissions.READ)),
			Webapp.COCKPIT, Map.of(COCKPIT, List.of(Permissions.ACCESS), all(Resources.DEPLOYMENT), READ,
					all(Resources.PROCESS_DEFINITION), READ_DEFINITION, all(Resources.PROCESS_INSTANCE), READ,
					all(Resources.TASK), READ));

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
		directory.ensureGroup(Rights.SENIORS, "Senior agents");
		// Camunda Admin offers an anonymous set-up page while nobody is in camunda-admin: there is always someone.
		directory.ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators");
		if (identity.createUserQuery().memberOfGroup(Persona.ADMINS.group()).count() == 0) {
			directory.ensureUser("admin", "Ada", "Admin", adminPassword, List.of(Persona.ADMINS.group(), Groups.CAMUNDA_ADMIN));
		}
		for (Persona persona : Persona.values()) {
			grants(persona).forEach((target, permissions) -> Grants.grant(authorizations, persona.group(),
					target.resource(), target.resourceId(), permissions.toArray(Permission[]::new)));
		}
	}

	/** The persona's grants as its declaration asks them, one per resource. */
	static Map<Target, Set<Permission>> grants(Persona persona) {
		Map<Target, Set<Permission>> grants = new LinkedHashMap<>();
		if (persona.has(Right.ADMINISTER)) {
			for (Resources resource : Resources.values()) {
				grants.put(all(resource), Set.of(RecordPermissions.withoutDeletion(resource)));
			}
			return grants;
		}
		persona.webapps().stream().sorted().map(WEBAPP_GRANTS::get).forEach(needs -> needs.forEach(
				(target, permissions) -> grants.computeIfAbsent(target, t -> new LinkedHashSet<>()).addAll(permissions)));
		return grants;
	}

	private static Target all(Resources resource) {
		return new Target(resource, "*");
	}

	/** A resource, or all of its kind ("*"). */
	record Target(Resources resource, String resourceId) {
	}
}
