package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.rights.Persona;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Tasklist offers Claim exactly to those whose claim the engine then takes: for every persona and the task waiting
 * in each kind of queue step, what {@code GET /api/tasks/{id}/rights} says is what the claim does.
 */
@PostgresTest
class ClaimOfferTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketTasks tasks;

	@Test
	void claimIsOfferedToWhomTheEngineLetsClaim() {
		HelpDesk desk = new HelpDesk(context);
		Http http = new Http(port);
		List<String> offeredAndTaken = new ArrayList<>();
		// an observer put in a queue's group: the engine would let them claim, the help desk's rights do not
		context.getBean(Directory.class).ensureUser("watcher", "Wanda", "Watcher", "demo",
				List.of(Persona.OBSERVERS.group(), "queue-support"));
		List<String> logins = Stream.concat(Stream.of(Persona.values()).map(Persona::login),
				Stream.of("agent2", "watcher")).toList();
		for (String person : logins) {
			for (String queue : new String[] { "Support", null }) {
				String number = desk.open(queue);
				String task = tasks.of(number).get(0).id();
				HttpResponse<String> asked = http.get(person, "/api/tasks/" + task + "/rights");
				assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
				boolean offered = JsonPath.read(asked.body(), "$.claim");
				int claimed = http.post(person, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + person + "\"}")
					.statusCode();
				String what = "%s claiming %s, offered: %s".formatted(person, queue == null ? "triage" : "work", offered);
				if (offered) {
					assertThat(claimed).as(what).isEqualTo(204);
				}
				else {
					// a refusal, by the engine or by the help desk, as a refusal: never the engine's own failure
					assertThat(claimed).as(what).isEqualTo(403);
				}
				if (offered) {
					offeredAndTaken.add(person + (queue == null ? " triage" : " work"));
				}
			}
		}
		assertThat(offeredAndTaken).as("the seed's workers take the work, the dispatcher the triage")
			.contains("agent work", "trainee work", "secretary triage")
			.doesNotContain("observer work", "manager work", "agent2 work", "secretary work", "watcher work");
	}
}
