package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** The application as it is run: in a JVM of its own, from the build's classes and the application's libraries. */
public final class ApplicationProcess {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private ApplicationProcess() {
	}

	/**
	 * Starts the application in the given folder (where its relative paths, e.g. the H2 file database, lie) with the
	 * given arguments; what it writes goes to the log.
	 */
	public static Process start(File folder, File log, List<String> arguments) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// a short run: the JIT's first tier and the serial collector start it in half the time
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-cp", classPath(), TicketflowApplication.class.getName()));
		command.addAll(arguments);
		// the web server says its port, which started() reads
		command.add("--logging.level.org.springframework.boot.web=info");
		return new ProcessBuilder(command).directory(folder).redirectErrorStream(true).redirectOutput(log).start();
	}

	/**
	 * Waits until the application in the process answers healthy; returns its port. Fails when the process ends
	 * before, showing its log.
	 */
	public static int started(Process application, Path log) throws IOException {
		int port = Awaitility.await("the application to start (see " + log + ")").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(200)).until(() -> port(log), p -> p > 0 || !application.isAlive());
		assertThat(application.isAlive()).as(Files.exists(log) ? Files.readString(log) : log.toString()).isTrue();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
		Awaitility.await("the application to be healthy").atMost(Duration.ofMinutes(1)).ignoreExceptions()
			.until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP"));
		return port;
	}

	/**
	 * Copies the folder the package phase lays out (target/ticketflow: bin/ticketflow, the extracted jar and its
	 * libraries) into the given folder, as an administrator installs it; returns the copy.
	 */
	public static Path install(Path into) throws IOException {
		Path built = Path.of("target", "ticketflow");
		assertThat(built.resolve("bin/ticketflow")).as("the folder the package phase lays out").isExecutable();
		Path installed = into.resolve("ticketflow");
		try (Stream<Path> files = Files.walk(built)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, installed.resolve(built.relativize(file).toString()),
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return installed;
	}

	private static int port(Path log) throws IOException {
		Matcher found = PORT.matcher(Files.exists(log) ? Files.readString(log) : "");
		return found.find() ? Integer.parseInt(found.group(1)) : 0;
	}

	/** The application's classes and libraries, without the tests' classes and folders. */
	private static String classPath() {
		String classes = Path.of("target", "classes").toAbsolutePath().toString();
		List<String> entries = new ArrayList<>(List.of(classes));
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.endsWith(".jar")) {
				entries.add(Path.of(entry).toAbsolutePath().toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
