package io.ticketflow.benchmark;

import java.io.PrintStream;
import java.sql.SQLException;

/** The machine, the JVM and the database a run measured. */
final class Environment {

	private Environment() {
	}

	static void describe(PrintStream out, BenchmarkSettings settings, EmbeddedDatabase database,
			String applicationDatabase, String bareDatabase) throws SQLException {
		machine(out, database, applicationDatabase, bareDatabase);
		out.printf("workload:  per side and round %d tickets opened (1 thread) and the first %d of them walked "
				+ "through%n           triage -> work -> reply -> close", settings.tickets(), settings.lifecycles());
		if (settings.threads() > 1) {
			out.printf(", then %d more opened by %d threads", settings.tickets(), settings.threads());
		}
		out.printf("%n           %d warm-up tickets per side first, not counted; %d rounds in which the sides take"
				+ "%n           turns in chunks of %d creations and %d lifecycles, the application beginning in odd"
				+ "%n           rounds, the bare engine in even ones; figures are medians over the rounds%n",
				settings.warmup(), settings.rounds(), Workload.CREATE_CHUNK, Workload.LIFECYCLE_CHUNK);
		out.println("sides:     application = TicketOpening.open and TicketTasks.complete of the Spring Boot "
				+ "application\n           (authorization on, job executor off); bare engine = "
				+ "StandaloneProcessEngineConfiguration,\n           same BPMN and forms, no-op delegates, "
				+ "authorization on, history full, job executor off");
	}

	/** Processors, heap, JVM, the database server and the durability settings of the given databases. */
	static void machine(PrintStream out, EmbeddedDatabase database, String... databases) throws SQLException {
		Runtime runtime = Runtime.getRuntime();
		out.printf("machine:   %d available processors, %s %s, max heap %d MiB%n", runtime.availableProcessors(),
				System.getProperty("os.name"), System.getProperty("os.arch"), runtime.maxMemory() >> 20);
		out.printf("java:      %s (%s %s)%n", System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("java.vm.version"));
		out.printf("database:  %s%n", database.version());
		for (String name : databases) {
			out.printf("           database %s: synchronous_commit=%s, fsync=%s, wal_sync_method=%s%n", name,
					database.setting(name, "synchronous_commit"), database.setting(name, "fsync"),
					database.setting(name, "wal_sync_method"));
		}
	}
}
