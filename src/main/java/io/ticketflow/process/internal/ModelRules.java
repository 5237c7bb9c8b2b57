package io.ticketflow.process.internal;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The models reach the help desk only through its process steps: the engine's expressions see the step beans
 * (delegates and listeners) and no other bean, and a new deployment that holds scripts, Java classes or
 * expressions naming anything else is refused ({@link ModelCheck}). Deployments already in the database were
 * checked when they came in and are not checked again.
 */
@Component
class ModelRules extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	ModelRules(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Set<String> steps = stepNames();
		configuration.setExpressionManager(new SpringExpressionManager(context, new Steps(context, steps)));
		ModelCheck check = new ModelCheck(name -> !steps.contains(name) && context.containsBean(name));
		List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new java.util.ArrayList<>()
				: new java.util.ArrayList<>(configuration.getCustomPreDeployers());
		deployers.add(0, deployment -> refuseUnsafe(deployment, check));
		configuration.setCustomPreDeployers(deployers);
	}

	private Set<String> stepNames() {
		return Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class)
			.flatMap(type -> Stream.of(context.getBeanNamesForType(type, false, false)))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static void refuseUnsafe(DeploymentEntity deployment, ModelCheck check) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		List<String> problems = deployment.getResources().values().stream()
			.flatMap(resource -> check.problems(resource.getName(), resource.getBytes()).stream())
			.toList();
		if (!problems.isEmpty()) {
			throw new BadUserRequestException("The deployment is refused: " + String.join("; ", problems));
		}
	}

	/** The step beans by name, each created when an expression first asks for it. */
	private static final class Steps extends AbstractMap<Object, Object> {

		private final ApplicationContext context;

		private final Set<String> names;

		Steps(ApplicationContext context, Set<String> names) {
			this.context = context;
			this.names = names;
		}

		@Override
		public boolean containsKey(Object key) {
			return names.contains(key);
		}

		@Override
		public Object get(Object key) {
			return names.contains(key) ? context.getBean((String) key) : null;
		}

		@Override
		public Set<Map.Entry<Object, Object>> entrySet() {
			return names.stream().map(name -> Map.entry((Object) name, context.getBean(name)))
				.collect(Collectors.toUnmodifiableSet());
		}
	}
}
