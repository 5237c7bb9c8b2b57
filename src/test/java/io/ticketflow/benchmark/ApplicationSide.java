package io.ticketflow.benchmark;

import io.ticketflow.TicketflowApplication;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.process.Directory;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real application on PostgreSQL: the agent opens tickets with {@link TicketOpening}, as on the phone, and the
 * dispatcher and the agent walk them through their process with {@link TicketTasks}, as the API and Tasklist do.
 */
final class ApplicationSide implements Side {

	static final String CUSTOMER = "bench@example.com";

	static final String DISPATCHER = "secretary";

	static final String AGENT = "agent";

	private final ConfigurableApplicationContext context;

	private final TicketOpening opening;

	private final TicketTasks tasks;

	private ApplicationSide(ConfigurableApplicationContext context) {
		this.context = context;
		this.opening = context.getBean(TicketOpening.class);
		this.tasks = context.getBean(TicketTasks.class);
	}

	static ApplicationSide start(String jdbcUrl, String user) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TicketflowApplication.class)
			.profiles("postgres")
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments(jdbcUrl, user));
		ApplicationSide side = new ApplicationSide(context);
		side.prepare();
		return side;
	}

	/**
	 * The command line of the application on the given database: no demo data, no job executor, a free port. An
	 * argument of {@code more} replaces the default of the same name.
	 */
	static String[] arguments(String jdbcUrl, String user, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + user,
				"--spring.flyway.user=" + EmbeddedDatabase.OWNER, "--spring.flyway.password=" + EmbeddedDatabase.OWNER,
				"--ticketflow.demo.enabled=false", "--server.port=0", "--server.address=127.0.0.1",
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--logging.level.org.springdoc=error"));
		for (String argument : more) {
			String name = argument.substring(0, argument.indexOf('=') + 1);
			arguments.removeIf(given -> given.startsWith(name));
			arguments.add(argument);
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * A customer, a dispatcher, an agent of the Support queue and the queue itself. The queue is written as the
	 * V2 migration writes the triage queue, so that the setup does not depend on who may create queues.
	 */
	private void prepare() {
		context.getBean(Customers.class).register(new NewCustomer(CUSTOMER, "Bench Customer", null));
		context.getBean(JdbcTemplate.class)
			.update("insert into ticketflow.queue (name, group_id, follow_up_policy, email, created_at) "
					+ "values ('Support', 'queue-support', 'REOPEN', null, current_timestamp)");
		Directory directory = context.getBean(Directory.class);
		directory.ensureGroup("queue-support", "Queue Support");
		directory.ensureUser(DISPATCHER, "Sofia", "Secretary", "bench", List.of("dispatchers"));
		directory.ensureUser(AGENT, "Alex", "Agent", "bench", List.of("agents", "queue-support"));
	}

	@Override
	public String name() {
		return "application";
	}

	@Override
	public String open(int sequence) {
		OpenTicket ticket = new OpenTicket(CUSTOMER, "Cannot log in, attempt " + sequence, TicketTexts.BODY, null, 3,
				null);
		return opening.open(ticket, AGENT).number();
	}

	@Override
	public void triage(String key) {
		tasks.complete(key, "Task_Triage", DISPATCHER, TicketTexts.triage());
	}

	@Override
	public void reply(String key) {
		tasks.complete(key, "Task_Work", AGENT, TicketTexts.reply());
	}

	@Override
	public void closeTicket(String key) {
		tasks.complete(key, "Task_Work", AGENT, TicketTexts.close());
	}

	@Override
	public long finishedProcesses() {
		return context.getBean(HistoryService.class).createHistoricProcessInstanceQuery().completed().count();
	}

	@Override
	public void close() {
		context.close();
	}
}
