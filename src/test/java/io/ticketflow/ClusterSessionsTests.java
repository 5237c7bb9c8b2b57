package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two nodes on one PostgreSQL with the cluster profile: a person who logged in on one node is logged in on the other,
 * in the webapps and in the API, and stays logged in when the first node goes away.
 */
@ResourceLock(Lanes.H2)
class ClusterSessionsTests {

	@Test
	void aLoginOnOneNodeHoldsOnTheOther(@TempDir Path folder) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");
			Process first = node(folder, url, "first");
			Process second = null;
			try {
				String a = "http://127.0.0.1:" + ApplicationProcess.started(first, folder.resolve("first.log"));
				// the second node starts on a database the first one made
				second = node(folder, url, "second");
				String b = "http://127.0.0.1:" + ApplicationProcess.started(second, folder.resolve("second.log"));

				CookieManager cookies = new CookieManager();
				HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
				String token = browser.send(get(a + "/camunda/api/engine/engine/"), HttpResponse.BodyHandlers.ofString())
					.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
				HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
						URI.create(a + "/camunda/api/admin/auth/user/default/login/tasklist"))
					.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

				assertThat(signedIn(browser, b)).as("the webapps on the other node").contains("\"userId\":\"admin\"");
				HttpResponse<String> me = browser.send(get(b + "/api/me"), HttpResponse.BodyHandlers.ofString());
				assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
				assertThat(me.body()).as("the API on the other node").contains("\"user\":\"admin\"");

				first.destroyForcibly().waitFor();
				assertThat(signedIn(browser, b)).as("after the first node went away").contains("\"userId\":\"admin\"");
			}
			finally {
				first.destroyForcibly().waitFor();
				if (second != null) {
					second.destroyForcibly().waitFor();
				}
			}
		}
	}

	private static String signedIn(HttpClient browser, String node) throws Exception {
		HttpResponse<String> user = browser.send(get(node + "/camunda/api/admin/auth/user/default"),
				HttpResponse.BodyHandlers.ofString());
		return user.statusCode() + " " + user.body();
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build();
	}

	private static Process node(Path folder, String url, String name) throws Exception {
		return ApplicationProcess.start(folder.toFile(), folder.resolve(name + ".log").toFile(), List.of(
				"--spring.profiles.active=postgres,cluster", "--spring.datasource.url=" + url, "--server.port=0",
				"--server.address=127.0.0.1", "--ticketflow.node=" + name, "--ticketflow.mail.embedded.enabled=false",
				"--camunda.bpm.job-execution.enabled=false"));
	}
}
