package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The README's first command on its defaults (an H2 file database under ./data) stops cleanly: on SIGTERM the engine
 * and everything that writes stop before the database closes, so no stop logs "Database is already closed".
 */
@ResourceLock(Lanes.POSTGRES)
class H2ShutdownTests {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	@Test
	void aStoppedApplicationClosesItsDatabaseLast(@TempDir Path folder) throws Exception {
		File log = folder.resolve("application.log").toFile();
		Process application = ApplicationProcess.start(folder.toFile(), log, List.of("--server.port=0",
				"--server.address=127.0.0.1", "--ticketflow.demo.enabled=false",
				"--ticketflow.mail.embedded.enabled=false", "--logging.level.org.springframework.boot.web=info"));
		try {
			int port = Awaitility.await("the application to start").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> port(log), p -> p > 0 || !application.isAlive());
			assertThat(application.isAlive()).as(Files.readString(log.toPath())).isTrue();
			HttpClient http = HttpClient.newHttpClient();
			Awaitility.await("the application to be healthy").atMost(Duration.ofMinutes(1))
				.until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.build(), HttpResponse.BodyHandlers.ofString()).body().contains("UP"));
		}
		finally {
			application.destroy();
			assertThat(application.waitFor(2, TimeUnit.MINUTES)).as("stopped on SIGTERM").isTrue();
		}
		String written = Files.readString(log.toPath());
		assertThat(written).as("what the stop logged").doesNotContain("Database is already closed")
			.doesNotContain("ERROR [");
		assertThat(folder.resolve("data")).as("the H2 file database under ./data").isDirectoryContaining(
				path -> path.getFileName().toString().startsWith("ticketflow"));
	}

	private static int port(File log) throws Exception {
		Matcher found = PORT.matcher(Files.readString(log.toPath()));
		return found.find() ? Integer.parseInt(found.group(1)) : 0;
	}
}
