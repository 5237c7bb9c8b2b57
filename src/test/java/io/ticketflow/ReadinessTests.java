package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What a load balancer and an orchestrator see of a node: ready while its job executor runs; when its database goes
 * away it is no longer ready, so it gets no traffic, but it stays alive, so it is not restarted; when the database is
 * back, it is ready again by itself.
 */
@ResourceLock(Lanes.H2)
class ReadinessTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aNodeWithoutItsDatabaseIsNotReadyButAliveAndReadyAgainWhenItIsBack(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("postgres");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		EmbeddedPostgres postgres = postgres(data, port);
		String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");
		Path log = folder.resolve("node.log");
		Process node = ApplicationProcess.start(folder.toFile(), log.toFile(), List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--server.port=0", "--server.address=127.0.0.1",
				"--ticketflow.mail.embedded.enabled=false"));
		try {
			String base = "http://127.0.0.1:" + ApplicationProcess.started(node, log);
			assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);
			HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.body()).as("the engine's part, as an administrator sees it")
				.contains("\"engine\":{\"status\":\"UP\",\"details\":{\"jobExecutor\":\"running\"}}");

			postgres.close();
			Awaitility.await("not ready without the database").atMost(Duration.ofMinutes(2))
				.until(() -> status(base + "/actuator/health/readiness"), code -> code == 503);
			assertThat(status(base + "/actuator/health/liveness")).as("alive").isEqualTo(200);

			postgres = postgres(data, port);
			Awaitility.await("ready again").atMost(Duration.ofMinutes(2))
				.until(() -> status(base + "/actuator/health/readiness"), code -> code == 200);
		}
		finally {
			node.destroyForcibly().waitFor();
			postgres.close();
		}
	}

	/** PostgreSQL on its folder and port, which a second start finds as the first left them. */
	private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(data)
			.setCleanDataDirectory(false).setPort(port).start();
	}

	private int status(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
