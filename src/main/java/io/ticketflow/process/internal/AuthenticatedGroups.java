package io.ticketflow.process.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * A person's groups go into the engine's authorization checks as they are. The engine narrows them, in every command,
 * to the groups that have any authorization, and to know those it reads the group of every authorization there is:
 * each open task has one for its candidate group, so with 100,000 open tickets that takes 16 ms, several times in
 * each request of Tasklist. A group without authorizations adds nothing to a check, so nothing is narrowed.
 */
@Component
class AuthenticatedGroups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new AsTheyAre();
			}
		});
		configuration.setCustomSessionFactories(factories);
	}

	/** The engine's authorization manager, but for narrowing a person's groups. */
	static final class AsTheyAre extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
			return groupIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(groupIds));
		}
	}
}
