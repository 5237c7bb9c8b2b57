package io.ticketflow.rights;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.TicketQueries;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every persona against every action, through the help desk's API and the engine's REST API, on PostgreSQL. A
 * refused action answers 403 and changes nothing.
 */
@PostgresTest
class RightsMatrixTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TicketTasks tasks;

	HelpDesk desk;

	Http http;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		http = new Http(port);
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@CsvSource({
			"read, admin, 200", "read, secretary, 200", "read, agent, 200", "read, agent2, 403", "read, trainee, 200",
			"read, specialist, 200", "read, authorizer, 200", "read, observer, 200", "read, manager, 200",
			"open, admin, 201", "open, secretary, 201", "open, agent, 201", "open, trainee, 201",
			"open, specialist, 403", "open, authorizer, 403", "open, observer, 403", "open, manager, 403",
			"note, admin, 201", "note, secretary, 201", "note, agent, 201", "note, agent2, 403", "note, trainee, 201",
			"note, specialist, 201", "note, authorizer, 201", "note, observer, 403", "note, manager, 403",
			"reply, admin, 201", "reply, agent, 201", "reply, agent2, 403", "reply, trainee, 202",
			"reply, specialist, 403", "reply, authorizer, 403", "reply, observer, 403", "reply, manager, 403",
			"claim, admin, 204", "claim, agent, 204", "claim, trainee, 204", "claim, agent2, 403",
			"claim, secretary, 403", "claim, specialist, 403", "claim, observer, 403", "claim, manager, 403",
			"close, agent, 204", "close, admin, 204", "close, specialist, 403", "close, observer, 403",
			"close, manager, 403", "close, agent2, 403",
			"triage, secretary, 204", "triage, admin, 204", "triage, agent, 403", "triage, observer, 403",
			"triage, manager, 403", "triage, specialist, 403",
			"authorize, authorizer, 204", "authorize, admin, 403", "authorize, agent, 403",
			"authorize, observer, 403", "authorize, manager, 403", "authorize, specialist, 403",
			"consult, agent, 204", "consult, observer, 403", "consult, specialist, 403",
			"transfer, agent, 204", "transfer, trainee, 204", "transfer, observer, 403", "transfer, manager, 403",
			"transfer, agent2, 403",
			"review, agent, 204", "review, admin, 204", "review, trainee, 403", "review, specialist, 403",
			"review, observer, 403",
			"anonymousApi, -, 401", "anonymousEngineRest, -, 401", "anonymousWebappApi, -, 401",
			"variable, observer, 403", "variable, manager, 403",
			"createQueue, admin, 201", "createQueue, agent, 403", "createQueue, observer, 403",
			"createQueue, manager, 403", "createQueue, secretary, 403",
			"verifyHistory, admin, 200", "verifyHistory, agent, 403", "verifyHistory, observer, 403" })
	void personaMayOrMayNot(String action, String persona, int expected) {
		String number = action.equals("triage") ? desk.open(null) : desk.open("Support");
		if (action.equals("review")) {
			desk.reply(number, "trainee", "A draft to review.");
		}
		if (action.equals("authorize")) {
			desk.complete(number, "Task_Work", "agent", Map.of("workAction", "authorize", "authorizationRequest", "Refund?"));
		}
		int historyBefore = tickets.history(number).size();
		HttpResponse<String> response = perform(action, persona, number);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		if (action.equals("createQueue") && expected == 201) {
			assertThat(context.getBean(org.camunda.bpm.engine.IdentityService.class).createGroupQuery().groupId("queue-x")
				.count()).as("the queue's group exists").isOne();
		}
		if (expected == 403) {
			assertThat(tickets.history(number)).as("nothing changed").hasSize(historyBefore);
			assertThat(response.body()).doesNotContain("Exception:", "at io.ticketflow");
		}
	}

	private HttpResponse<String> perform(String action, String persona, String number) {
		String ticket = "/api/tickets/" + number;
		return switch (action) {
			case "read" -> http.get(persona, ticket);
			case "open" -> http.post(persona, "/api/tickets", """
					{"customer":"%s","title":"By phone","body":"Hello","queue":"Support"}""".formatted(desk.customer()));
			case "note" -> http.post(persona, ticket + "/articles", "{\"kind\":\"note\",\"body\":\"Noted.\"}");
			case "reply" -> http.post(persona, ticket + "/articles", "{\"kind\":\"reply\",\"body\":\"Hello.\"}");
			case "claim" -> http.post(persona, "/engine-rest/task/" + task(number) + "/claim", "{\"userId\":\"" + persona + "\"}");
			case "close" -> complete(persona, number, "{\"workAction\":{\"value\":\"close\"},\"resolution\":{\"value\":\"successful\"}}");
			case "consult" -> complete(persona, number,
					"{\"workAction\":{\"value\":\"consult\"},\"consultant\":{\"value\":\"specialist\"},\"body\":{\"value\":\"?\"}}");
			case "triage" -> complete(persona, number, "{\"triageAction\":{\"value\":\"route\"},\"queue\":{\"value\":\"Support\"},"
					+ "\"priority\":{\"value\":\"3\"},\"ticketType\":{\"value\":\"question\"}}");
			case "authorize" -> complete(persona, number,
					"{\"authorizationDecision\":{\"value\":\"approve\"},\"authorizationReason\":{\"value\":\"ok\"}}");
			case "transfer" -> complete(persona, number, "{\"workAction\":{\"value\":\"transfer\"},\"targetQueue\":{\"value\":\"Sales\"}}");
			case "review" -> http.post(persona, "/engine-rest/task/" + task(number, "Task_Review") + "/complete",
					"{\"variables\":{\"reviewDecision\":{\"value\":\"approve\"}}}");
			case "anonymousApi" -> http.anonymous("/api/tickets/" + number);
			case "anonymousEngineRest" -> http.anonymous("/engine-rest/task");
			case "anonymousWebappApi" -> http.anonymous("/camunda/api/engine/engine/default/task");
			case "variable" -> http.put(persona, "/engine-rest/task/" + task(number) + "/variables/workAction",
					"{\"value\":\"close\",\"type\":\"String\"}");
			case "createQueue" -> http.post(persona, "/api/admin/queues", """
					{"name":"Q-%s","group":"queue-x","followUpPolicy":"reopen"}""".formatted(UUID.randomUUID()));
			case "verifyHistory" -> http.get(persona, "/api/admin/history-chain?ticket=" + number);
			default -> throw new IllegalArgumentException(action);
		};
	}

	private HttpResponse<String> complete(String persona, String number, String variables) {
		return http.post(persona, "/engine-rest/task/" + task(number) + "/complete", "{\"variables\":" + variables + "}");
	}

	private String task(String number) {
		return task(number, null);
	}

	private String task(String number, String step) {
		return tasks.of(number).stream().filter(t -> step == null || t.step().equals(step)).findFirst().orElseThrow().id();
	}
}
