package io.ticketflow.process.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.ticketflow.process.Directory;
import io.ticketflow.process.Persona;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every persona's group exists with the grants it needs to open the webapps, and that Tasklist has the
 * help desk's filters. Runs at every start and changes nothing that is already there.
 */
@Component
@Order(0)
class PersonaSetup implements ApplicationRunner {

	private static final Permission[] READ = { Permissions.READ };

	private static final Permission[] READ_DEFINITION = { ProcessDefinitionPermissions.READ,
			ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
			ProcessDefinitionPermissions.READ_TASK };

	private final Directory directory;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	PersonaSetup(Directory directory, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
		this.directory = directory;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Persona persona : Persona.values()) {
			directory.ensureGroup(persona.group(), persona.title());
		}
		for (Resource resource : Resources.values()) {
			grant(Persona.ADMINS, resource, "*", Permissions.ALL);
		}
		for (Persona worker : new Persona[] { Persona.DISPATCHERS, Persona.AGENTS, Persona.TRAINEES,
				Persona.SPECIALISTS, Persona.AUTHORIZERS }) {
			grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(worker, Resources.FILTER, "*", READ);
			grant(worker, Resources.DEPLOYMENT, "*", READ);
			grant(worker, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
		}
		for (Persona reader : new Persona[] { Persona.OBSERVERS, Persona.MANAGERS }) {
			grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(reader, Resources.DEPLOYMENT, "*", READ);
			grant(reader, Resources.PROCESS_DEFINITION, "*", READ_DEFINITION);
			grant(reader, Resources.PROCESS_INSTANCE, "*", READ);
			grant(reader, Resources.TASK, "*", READ);
		}
		grant(Persona.OBSERVERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(Persona.OBSERVERS, Resources.FILTER, "*", READ);
		ensureFilter("My tickets", -10, "Tickets I work on", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensureFilter("My queues", -5, "Unclaimed tickets of my queues",
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
		ensureFilter("All open tickets", 0, "Every waiting task I may see", tasks.createTaskQuery());
	}

	private void grant(Persona persona, Resource resource, String resourceId, Permission... permissions) {
		boolean present = authorizations.createAuthorizationQuery().groupIdIn(persona.group())
				.resourceType(resource).resourceId(resourceId).count() > 0;
		if (present) {
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

	private void ensureFilter(String name, int priority, String description, TaskQuery query) {
		if (filters.createTaskFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filters.newTaskFilter(name);
		filter.setQuery(query);
		filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
		filters.saveFilter(filter);
	}
}
