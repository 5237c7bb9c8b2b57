package io.ticketflow.benchmark;

import io.ticketflow.TicketflowApplication;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an agent waits for in Tasklist with many open tickets, timed in chromium (browser-tests/load-times.mjs): from
 * sending the login form to the first task card, from a click on a card to its form, from a click on a filter to
 * its list. The application runs on embedded PostgreSQL with its demo data (one login per persona); the figures
 * are taken first with the demo's few tickets, the baseline, then again after the given number of open tickets were
 * opened through the application's own use cases. A command, not a test:
 *
 * <pre>
 * mvn -q -Pbenchmark verify -Dbenchmark.main=io.ticketflow.benchmark.TasklistLoadBenchmark -Dbenchmark.open=10000
 * </pre>
 *
 * Further settings: {@code benchmark.rounds} (logins timed per measurement, 5), {@code benchmark.user} (agent).
 * Of the open tickets, 4 in 10 wait for triage, 5 in 10 in the queues' lists (unclaimed), 1 in 10 is the agent's,
 * taken on the phone.
 */
public final class TasklistLoadBenchmark {

	private static final String DATABASE = "ticketflow";

	private static final List<String> CUSTOMERS = List.of("anna@example.com", "boris@example.com", "carla@example.org");

	private static final List<String> QUEUES = List.of("Support", "Billing", "Sales");

	private TasklistLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int open = Integer.getInteger("benchmark.open", 10_000);
		int rounds = Integer.getInteger("benchmark.rounds", 5);
		String user = System.getProperty("benchmark.user", "agent");
		TicketflowBenchmark.quietLogging();
		System.out.printf("Ticketflow Tasklist load benchmark: %d open tickets, %d logins per measurement, as %s%n",
				open, rounds, user);
		try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
			database.createApplicationDatabase(DATABASE);
			TicketflowBenchmark.progress("starting the application with its demo data");
			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TicketflowApplication.class)
				.profiles("postgres")
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run(ApplicationSide.arguments(database.jdbcUrl(DATABASE), EmbeddedDatabase.RUNTIME,
						"--ticketflow.demo.enabled=true", "--ticketflow.mail.schedule=false"))) {
				String base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
				TicketflowBenchmark.progress("measuring with the demo's tickets (baseline)");
				List<String> baseline = measure(base, user, rounds);
				TicketflowBenchmark.progress("opening " + open + " tickets");
				long started = System.nanoTime();
				fill(application, open);
				TicketflowBenchmark.progress(String.format("opened in %.0f s", (System.nanoTime() - started) / 1e9));
				TicketflowBenchmark.progress("measuring with " + open + " more open tickets");
				List<String> loaded = measure(base, user, rounds);
				System.out.println();
				System.out.println("With the demo's tickets (baseline):");
				baseline.forEach(line -> System.out.println("  " + line));
				System.out.println("With " + open + " more open tickets:");
				loaded.forEach(line -> System.out.println("  " + line));
			}
		}
	}

	/** The tickets, opened in two threads as the secretary and the agent open them, and routed as dispatchers do. */
	private static void fill(ConfigurableApplicationContext application, int open) throws Exception {
		TicketOpening opening = application.getBean(TicketOpening.class);
		TicketTasks tasks = application.getBean(TicketTasks.class);
		OpenTickets.inTwoThreads(0, open, 1000, sequence -> {
			String customer = CUSTOMERS.get(sequence % CUSTOMERS.size());
			String queue = QUEUES.get(sequence % QUEUES.size());
			int priority = 1 + sequence % 5;
			String title = "Cannot log in to the portal, attempt " + sequence;
			int kind = sequence % 10;
			if (kind == 0) {
				opening.open(new OpenTicket(customer, title, TicketTexts.BODY, "Support", priority, null), "agent");
			}
			else {
				String number = opening
					.open(new OpenTicket(customer, title, TicketTexts.BODY, null, priority, null), "secretary")
					.number();
				if (kind > 4) {
					tasks.complete(number, "Task_Triage", "secretary", Map.of("triageAction", "route", "queue", queue,
							"priority", priority, "ticketType", "question"));
				}
			}
		});
	}

	/** Runs the browser script and returns its figures, one line each. */
	private static List<String> measure(String base, String user, int rounds) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("node", "load-times.mjs", base, user, String.valueOf(rounds))
			.directory(new File("browser-tests"))
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		// the browser as a person runs it, not the tests' headless shell
		builder.environment().put("CHROMIUM", "/usr/bin/chromium");
		Process node = builder.start();
		List<String> lines = new String(node.getInputStream().readAllBytes()).lines().toList();
		if (node.waitFor() != 0) {
			throw new IllegalStateException("the browser measurement failed:\n" + String.join("\n", lines));
		}
		return lines;
	}
}
