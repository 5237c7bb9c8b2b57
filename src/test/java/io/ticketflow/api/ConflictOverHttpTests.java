package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.process.TicketTasks;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What a user can send over real HTTP answers 4xx, not a server error: conflicts, the error page itself. */
@PostgresTest
class ConflictOverHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketTasks tasks;

	HelpDesk desk;

	Http http;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		http = new Http(port);
	}

	@Test
	void claimingATaskSomebodyElseClaimedIsAConflict() {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		assertThat(http.post("agent", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"agent\"}").statusCode())
			.isEqualTo(204);
		HttpResponse<String> second = http.post("trainee", "/engine-rest/task/" + task + "/claim",
				"{\"userId\":\"trainee\"}");
		assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
		assertThat(second.body()).doesNotContain("at org.camunda", "at io.ticketflow");
		assertThat(tasks.of(number).get(0).assignee()).isEqualTo("agent");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotAServerError() {
		for (String user : new String[] { null, "agent" }) {
			HttpResponse<String> response = http.send(user, "GET", "/error", null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		}
		assertThat(http.send(null, "GET", "/error", null, "text/html").statusCode()).isEqualTo(404);
	}
}
