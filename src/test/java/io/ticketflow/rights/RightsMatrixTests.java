package io.ticketflow.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

	/** Who may do what, written out as the seed describes it; every persona is tried at every action. */
	static final String MATRIX = """
			read:        admin 200, secretary 200, agent 200, agent2 403, trainee 200, specialist 200, authorizer 200, observer 200, manager 200
			open:        admin 201, secretary 201, agent 201, trainee 201, specialist 403, authorizer 403, observer 403, manager 403
			note:        admin 201, secretary 201, agent 201, agent2 403, trainee 201, specialist 201, authorizer 201, observer 403, manager 403
			reply:       admin 201, secretary 201, agent 201, agent2 403, trainee 202, specialist 403, authorizer 403, observer 403, manager 403
			claim:       admin 204, secretary 403, agent 204, agent2 403, trainee 204, specialist 403, authorizer 403, observer 403, manager 403
			close:       admin 204, secretary 403, agent 204, agent2 403, trainee 204, specialist 403, authorizer 403, observer 403, manager 403
			triage:      admin 204, secretary 204, agent 403, trainee 403, specialist 403, authorizer 403, observer 403, manager 403
			authorize:   admin 403, secretary 403, agent 403, trainee 403, specialist 403, authorizer 204, observer 403, manager 403
			consult:     admin 204, secretary 403, agent 204, trainee 204, specialist 403, authorizer 403, observer 403, manager 403
			transfer:    admin 204, secretary 403, agent 204, agent2 403, trainee 204, specialist 403, authorizer 403, observer 403, manager 403
			review:      admin 204, secretary 403, agent 204, trainee 403, specialist 403, authorizer 403, observer 403, manager 403
			variable:    observer 403, manager 403
			createQueue: admin 201, secretary 403, agent 403, trainee 403, specialist 403, authorizer 403, observer 403, manager 403
			verifyHistory: admin 200, secretary 403, agent 403, trainee 403, specialist 403, authorizer 403, observer 403, manager 403
			anonymousApi: - 401
			anonymousEngineRest: - 401
			anonymousWebappApi: - 401
			""";

	/** Actions every persona must be tried at, so that a new persona cannot be left out of the matrix. */
	static final Set<String> FOR_EVERY_PERSONA = Set.of("read", "open", "note", "reply", "claim", "close", "triage",
			"authorize", "consult", "transfer", "review", "createQueue", "verifyHistory");

	static Stream<Arguments> matrix() {
		return MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty()).flatMap(line -> {
			String action = line.substring(0, line.indexOf(':'));
			return Arrays.stream(line.substring(line.indexOf(':') + 1).split(",")).map(String::strip)
				.map(cell -> cell.split(" "))
				.map(cell -> Arguments.of(action, cell[0], Integer.parseInt(cell[1])));
		});
	}

	@Test
	void everyPersonaIsTriedAtEveryAction() {
		Map<String, Set<String>> tried = new HashMap<>();
		matrix().forEach(row -> tried.computeIfAbsent((String) row.get()[0], a -> new HashSet<>())
			.add((String) row.get()[1]));
		for (String action : FOR_EVERY_PERSONA) {
			assertThat(tried.get(action)).as(action)
				.containsAll(Arrays.stream(Persona.values()).map(Persona::login).toList());
		}
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@MethodSource("matrix")
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
		if (expected == 403) {
			assertThat(tickets.history(number)).as("nothing changed").hasSize(historyBefore);
			assertThat(response.body()).doesNotContain("Exception:", "at io.ticketflow");
			if (response.body().contains("AuthorizationException")) {
				assertThat(JsonPath.<String>read(response.body(), "$.message")).as("a refusal reads as a sentence")
					.startsWith(persona + " may not ").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
					.doesNotContainIgnoringCase("permission");
			}
		}
		else if (expected < 300) {
			assertDone(action, persona, number, historyBefore, response);
		}
	}

	/** An allowed action did what it says, not only answered 2xx. */
	private void assertDone(String action, String persona, String number, int historyBefore,
			HttpResponse<String> response) {
		List<HistoryType> added = tickets.history(number).stream().skip(historyBefore).map(h -> h.type()).toList();
		switch (action) {
			case "read" -> assertThat(response.body()).contains(number);
			case "open" -> assertThat(tickets.ticket(JsonPath.read(response.body(), "$.number")).title())
				.isEqualTo("By phone");
			case "note" -> assertThat(tickets.articles(number)).last()
				.satisfies(a -> assertThat(a.author()).isEqualTo(persona))
				.satisfies(a -> assertThat(a.visibleForCustomer()).isFalse());
			case "reply" -> assertThat(tickets.articles(number)).last()
				.satisfies(a -> assertThat(a.author()).isEqualTo(persona))
				.satisfies(a -> assertThat(a.visibleForCustomer()).isEqualTo(expectedVisible(persona)));
			case "claim" -> assertThat(tickets.ticket(number).responsible()).isEqualTo(persona);
			case "close" -> assertThat(tickets.ticket(number).state().isClosed()).isTrue();
			case "triage" -> assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.OPEN);
			case "authorize" -> assertThat(added).contains(HistoryType.AUTHORIZATION_DECIDED);
			case "consult" -> assertThat(tasks.of(number)).extracting(t -> t.assignee()).contains("specialist");
			case "transfer" -> assertThat(tickets.ticket(number).queue()).isEqualTo("Sales");
			case "review" -> assertThat(added).contains(HistoryType.REVIEW_APPROVED);
			case "createQueue" -> assertThat(context.getBean(org.camunda.bpm.engine.IdentityService.class)
				.createGroupQuery().groupId("queue-x").count()).as("the queue's group exists").isOne();
			case "verifyHistory" -> assertThat(JsonPath.<List<?>>read(response.body(), "$.broken")).isEmpty();
			default -> throw new IllegalArgumentException("no effect known for " + action);
		}
	}

	/** A trainee's reply is held as an internal article until it is reviewed. */
	private static boolean expectedVisible(String persona) {
		return !persona.equals(Persona.TRAINEES.login());
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
