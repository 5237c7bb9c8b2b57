package io.ticketflow.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The same ticket process and forms on a bare engine configured like the application's (full history,
 * authorizations on): every delegate expression of the model resolves to a bean that does nothing and no ticket
 * rows are written. The dispatcher's completion sets the queue group that the application's routing would set.
 */
final class BareEngineSide implements Side {

	static final String ENGINE_NAME = "bare";

	static final String MODEL = "processes/ticket.bpmn";

	static final String FORMS = "classpath*:forms/*.form";

	private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private final TaskService tasks;

	private final AtomicLong ticketIds = new AtomicLong();

	private BareEngineSide(HikariDataSource dataSource, ProcessEngine engine) {
		this.dataSource = dataSource;
		this.engine = engine;
		this.tasks = engine.getTaskService();
	}

	static BareEngineSide start(String jdbcUrl, String user) throws IOException {
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(jdbcUrl);
		pool.setUsername(user);
		pool.setPassword(user);
		pool.setPoolName("bare-engine");
		HikariDataSource dataSource = new HikariDataSource(pool);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName(ENGINE_NAME);
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setEnforceHistoryTimeToLive(false);
		configuration.setHistoryCleanupEnabled(false);
		configuration.setJobExecutorActivate(false);
		configuration.setAuthorizationEnabled(true);
		configuration.setBeans(noOpBeans());
		ProcessEngine engine = configuration.buildProcessEngine();
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("ticket");
		deployment.addClasspathResource(MODEL);
		for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
			deployment.addInputStream(form.getFilename(), form.getInputStream());
		}
		deployment.deploy();
		return new BareEngineSide(dataSource, engine);
	}

	/** A bean for every {@code ${name}} delegate expression in the model: service tasks and listeners alike. */
	private static Map<Object, Object> noOpBeans() throws IOException {
		String model;
		try (InputStream in = BareEngineSide.class.getClassLoader().getResourceAsStream(MODEL)) {
			model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<Object, Object> beans = new HashMap<>();
		Matcher names = DELEGATE_EXPRESSION.matcher(model);
		while (names.find()) {
			beans.put(names.group(1), new NoOp());
		}
		return beans;
	}

	@Override
	public String name() {
		return "bare engine";
	}

	@Override
	public String open(int sequence) {
		long ticketId = ticketIds.incrementAndGet();
		String key = String.format("B%015d", ticketId);
		engine.getRuntimeService().startProcessInstanceByKey("ticket", key, TicketTexts.startVariables(ticketId));
		return key;
	}

	@Override
	public void triage(String key) {
		Map<String, Object> variables = new HashMap<>(TicketTexts.triage());
		variables.put("queueGroup", "queue-support");
		complete(key, "Task_Triage", ApplicationSide.DISPATCHER, variables);
	}

	@Override
	public void reply(String key) {
		complete(key, "Task_Work", ApplicationSide.AGENT, TicketTexts.reply());
	}

	@Override
	public void closeTicket(String key) {
		complete(key, "Task_Work", ApplicationSide.AGENT, TicketTexts.close());
	}

	/** Finds, claims and completes the step's task, as the application's TicketTasks does. */
	private void complete(String key, String step, String user, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(step).singleResult();
		if (task == null) {
			throw new IllegalStateException("no open task " + step + " for " + key);
		}
		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), user);
		}
		tasks.complete(task.getId(), variables);
	}

	@Override
	public long finishedProcesses() {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().completed().count();
	}

	@Override
	public void close() {
		try {
			engine.close();
		}
		finally {
			dataSource.close();
		}
	}

	/** Stands in for the application's delegates and listeners. */
	private static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {

		@Override
		public void execute(DelegateExecution execution) {
		}

		@Override
		public void notify(DelegateTask task) {
		}

		@Override
		public void notify(DelegateExecution execution) {
		}
	}
}
