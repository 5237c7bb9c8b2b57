package io.ticketflow.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Compares the application with the bare Camunda engine on the same ticket process, both on one embedded
 * PostgreSQL server that commits durably (synchronous_commit and fsync on), each side on a database of its own.
 * A command, not a test:
 *
 * <pre>
 * mvn -q -Pbenchmark verify -Dbenchmark.tickets=300 -Dbenchmark.lifecycles=100
 * </pre>
 *
 * Further settings are {@code benchmark.rounds} (5), {@code benchmark.warmup} (500 lifecycles per side before
 * the rounds, so that both sides are measured warm: the application has far more code for the JIT to compile)
 * and {@code benchmark.threads}
 * (2; 1 skips the parallel creation run). The profile skips the tests. It prints tickets created per second,
 * lifecycles per second, p50 and p95 per step and the ratio application / bare engine, each the median over the
 * rounds. With the defaults a run takes about two and a half minutes on two cores.
 */
public final class TicketflowBenchmark {

	private static final String APPLICATION_DATABASE = "ticketflow";

	private static final String BARE_DATABASE = "bare";

	private TicketflowBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		quietLogging();
		System.out.printf("Ticketflow benchmark: %d tickets and %d lifecycles per side and round, %d rounds, "
				+ "%d warm-up tickets per side%n", settings.tickets(), settings.lifecycles(), settings.rounds(),
				settings.warmup());
		try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
			database.createApplicationDatabase(APPLICATION_DATABASE);
			database.createDatabase(BARE_DATABASE);
			List<RoundResult> application = new ArrayList<>();
			List<RoundResult> bare = new ArrayList<>();
			try (Side app = start(database, true); Side engine = start(database, false)) {
				Workload workload = new Workload(settings);
				progress("warming up both sides");
				workload.warmUp(app);
				workload.warmUp(engine);
				for (int round = 1; round <= settings.rounds(); round++) {
					boolean appFirst = round % 2 == 1;
					progress("round " + round + " of " + settings.rounds() + ", "
							+ (appFirst ? "application first" : "bare engine first"));
					List<Side> order = appFirst ? List.of(app, engine) : List.of(engine, app);
					List<RoundResult> results = workload.round(order);
					application.add(results.get(appFirst ? 0 : 1));
					bare.add(results.get(appFirst ? 1 : 0));
				}
				check(settings, app);
				check(settings, engine);
			}
			System.out.println();
			Environment.describe(System.out, settings, database, APPLICATION_DATABASE, BARE_DATABASE);
			System.out.println();
			new Report(System.out, application, bare).print(settings);
			quietLogging();
		}
	}

	private static Side start(EmbeddedDatabase database, boolean application) throws IOException {
		String user = EmbeddedDatabase.USER;
		if (application) {
			progress("starting the application");
			return ApplicationSide.start(database.jdbcUrl(APPLICATION_DATABASE), EmbeddedDatabase.RUNTIME);
		}
		progress("starting the bare engine");
		return BareEngineSide.start(database.jdbcUrl(BARE_DATABASE), user);
	}

	private static void check(BenchmarkSettings settings, Side side) {
		long expected = settings.warmup() + (long) settings.rounds() * settings.lifecycles();
		long finished = side.finishedProcesses();
		if (finished != expected) {
			throw new IllegalStateException(side.name() + ": " + finished + " ticket processes ended, expected "
					+ expected);
		}
	}

	static void progress(String message) {
		System.out.println("... " + message);
	}

	/** Only warnings: the embedded server and the application log a lot at startup. */
	static void quietLogging() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
	}
}
