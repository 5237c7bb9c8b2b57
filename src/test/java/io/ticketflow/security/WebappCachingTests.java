package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser keeps the webapps' files and asks whether they changed, so a Tasklist page starts from what it has;
 * the pages and the help desk's answers, which carry people's data, are never stored. (The engine's REST API
 * answers with its own {@code no-cache}.)
 */
@PostgresTest
class WebappCachingTests {

	@LocalServerPort
	int port;

	@Test
	void theWebappsFilesAreRevalidatedNotRefetched() {
		Http http = new Http(port);
		for (String file : new String[] { "/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0",
				"/camunda/lib/deps.js?bust=7.24.0", "/camunda/app/tasklist/camunda-tasklist-bootstrap.css?bust=7.24.0",
				"/ticketflow/ticket-view.js" }) {
			HttpResponse<String> response = http.anonymous(file);
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			assertThat(response.headers().allValues("Cache-Control")).as(file).containsExactly("no-cache");
			assertThat(response.headers().firstValue("Last-Modified")).as(file + " can be revalidated").isPresent();
		}
	}

	@Test
	void everyPluginHasTheStylesheetTheWebappsAskFor() {
		Http http = new Http(port);
		for (String plugin : new String[] { "tasklist/plugin/ticketflow-tasklist", "cockpit/plugin/ticketflow-cockpit" }) {
			String path = "/camunda/api/" + plugin + "/static/app/plugin.css";
			assertThat(http.anonymous(path).statusCode()).as(path + ": no 404 in the browser's console").isEqualTo(200);
		}
	}

	@Test
	void pagesAndAnswersAreNeverStored() {
		Http http = new Http(port);
		for (String page : new String[] { "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
				"/api/labels", "/api/tickets?size=1" }) {
			HttpResponse<String> response = http.send("agent", "GET", page, null);
			assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(
					value -> assertThat(value).contains("no-store"));
		}
	}
}
