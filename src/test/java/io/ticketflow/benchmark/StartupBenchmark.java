package io.ticketflow.benchmark;

import io.ticketflow.ApplicationProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * How long the application takes to a healthy answer, and how much memory it holds then, on its embedded defaults (H2
 * in a folder of its own): {@code java -jar} of the packaged jar, its first start (which loads the demo data) and
 * restarts; then {@code bin/ticketflow} from a copy of the folder the build lays out (README, "Start-up"), its first
 * start (which records the class archive) and restarts. A command, not a test; it starts what the build just made:
 *
 * <pre>
 * mvn -q -Pbenchmark verify -Dbenchmark.main=io.ticketflow.benchmark.StartupBenchmark
 * </pre>
 */
public final class StartupBenchmark {

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int restarts = Integer.getInteger("benchmark.rounds", 5);
		Path jar = jar();
		Path folder = Files.createTempDirectory("ticketflow-startup");
		System.out.printf("Ticketflow start-up benchmark: %s, %d restarts each, in %s%n", jar.getFileName(), restarts,
				folder);
		double[] first = start(folder, "-jar", jar.toString());
		List<double[]> plain = new ArrayList<>();
		for (int i = 0; i < restarts; i++) {
			plain.add(start(folder, "-jar", jar.toString()));
		}
		String script = script(folder);
		double[] recording = run(folder, base -> {
		}, List.of(script));
		List<double[]> scripted = new ArrayList<>();
		for (int i = 0; i < restarts; i++) {
			scripted.add(run(folder, base -> {
			}, List.of(script)));
		}
		System.out.println();
		System.out.printf("%-45s %s%n", "start to healthy", "seconds (median, range) / resident MiB (median, range)");
		System.out.printf("%-45s %.1f / %.0f%n", "java -jar, first start (loads the demo data)", first[0], first[1]);
		System.out.printf("%-45s %s%n", "java -jar, restart", summary(plain));
		System.out.printf("%-45s %.1f / %.0f%n", "bin/ticketflow, first start (records classes)", recording[0],
				recording[1]);
		System.out.printf("%-45s %s%n", "bin/ticketflow, restart", summary(scripted));
	}

	/**
	 * Copies the folder the build lays out into the given folder, as an administrator installs it, without a class
	 * archive; returns its start script, which records one at its first start.
	 */
	static String script(Path folder) throws IOException {
		return ApplicationProcess.install(folder).resolve("bin/ticketflow").toString();
	}

	/** The jar the build just packaged. */
	static Path jar() throws IOException {
		try (Stream<Path> built = Files.list(Path.of("target"))) {
			return built.filter(p -> p.getFileName().toString().matches("ticketflow-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target: run the benchmark with verify"))
				.toAbsolutePath();
		}
	}

	/**
	 * Starts the application with the given JVM arguments (its port in {@code SERVER_PORT}), waits until it answers
	 * healthy, stops it: seconds to healthy and resident MiB then.
	 */
	static double[] start(Path folder, String... arguments) throws Exception {
		return start(folder, base -> {
		}, arguments);
	}

	/** What is asked of the application once it answers healthy, before it is stopped. */
	interface Healthy {

		void ask(String base) throws Exception;
	}

	/** As {@link #start(Path, String...)}, asking the healthy application something before it is stopped. */
	static double[] start(Path folder, Healthy then, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(Arrays.asList(arguments));
		return run(folder, then, command);
	}

	/**
	 * As {@link #start(Path, Healthy, String...)} with the whole command, e.g. the start script (which finds the same
	 * Java through {@code JAVA_HOME}).
	 */
	static double[] run(Path folder, Healthy then, List<String> command) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
			.redirectOutput(folder.resolve("start.log").toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		long started = System.nanoTime();
		Process application = builder.start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
				.build();
			Awaitility.await("the application to answer healthy (see " + folder.resolve("start.log") + ")")
				.atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
				.until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\""));
			double seconds = (System.nanoTime() - started) / 1e9;
			double resident = Files.readAllLines(Path.of("/proc", String.valueOf(application.pid()), "status")).stream()
				.filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst().orElse(0) / 1024.0;
			TicketflowBenchmark.progress(String.format("healthy after %.1f s, %.0f MiB", seconds, resident));
			then.ask("http://127.0.0.1:" + port);
			return new double[] { seconds, resident };
		}
		finally {
			application.destroy();
			application.waitFor();
		}
	}

	/** Median and range of the seconds, then of the resident MiB. */
	static String summary(List<double[]> starts) {
		double[] seconds = starts.stream().mapToDouble(s -> s[0]).sorted().toArray();
		double[] resident = starts.stream().mapToDouble(s -> s[1]).sorted().toArray();
		return String.format("%.1f (%.1f-%.1f) / %.0f (%.0f-%.0f)", seconds[seconds.length / 2], seconds[0],
				seconds[seconds.length - 1], resident[resident.length / 2], resident[0], resident[resident.length - 1]);
	}
}
