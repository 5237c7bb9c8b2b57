package io.ticketflow.benchmark;

import java.io.File;
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
 * How long the application takes from {@code java -jar} to a healthy answer, and how much memory it holds then, on its
 * embedded defaults (H2 in a folder of its own): a first start, which loads the demo data, then restarts; then the
 * same restarts from a class data archive made in the same run (README, "Operations"). A command, not a test; it
 * starts the jar the build just packaged:
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
		String extracted = extract(folder, jar);
		List<double[]> unpacked = new ArrayList<>();
		for (int i = 0; i < restarts; i++) {
			unpacked.add(start(folder, "-jar", extracted));
		}
		TicketflowBenchmark.progress("making the class data archive");
		run(folder, "-XX:ArchiveClassesAtExit=app/app.jsa", "-Dspring.context.exit=onRefresh", "-jar", extracted);
		List<double[]> archived = new ArrayList<>();
		for (int i = 0; i < restarts; i++) {
			archived.add(start(folder, "-XX:SharedArchiveFile=app/app.jsa", "-jar", extracted));
		}
		System.out.println();
		System.out.printf("%-40s %s%n", "start to healthy", "seconds (median, range) / resident MiB (median, range)");
		System.out.printf("%-40s %.1f / %.0f%n", "first start (loads the demo data)", first[0], first[1]);
		System.out.printf("%-40s %s%n", "restart, java -jar", summary(plain));
		System.out.printf("%-40s %s%n", "restart, java -jar of the extracted jar", summary(unpacked));
		System.out.printf("%-40s %s%n", "restart, from the class data archive", summary(archived));
	}

	/**
	 * Extracts the packaged jar into {@code app} in the folder, as the README's start-up advice does; returns the
	 * extracted jar to start, relative to the folder (it keeps the packaged jar's name, its libraries beside it).
	 */
	static String extract(Path folder, Path jar) throws IOException, InterruptedException {
		run(folder, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", "app");
		return "app/" + jar.getFileName();
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
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(Arrays.asList(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
			.redirectOutput(folder.resolve("start.log").toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
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

	private static void run(Path folder, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(Arrays.asList(arguments));
		// each step's output after the one before, so that a failure shows what came first
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(folder.toFile(), "archive.log"))).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: see " + folder.resolve("archive.log"));
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
