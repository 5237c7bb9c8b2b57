package io.ticketflow.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.HelpDesk;
import io.ticketflow.EmbeddedPostgresConfiguration;
import io.ticketflow.Http;
import io.ticketflow.Lanes;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every mutating operation of {@code /api}, as its OpenAPI document lists them, called by every persona and without a
 * login: anonymous callers get 401, observers and managers 403, everybody else what {@link #MAY} declares (403 for
 * whoever it does not name); a refusal changes nothing, and no call — plausible, empty, garbage or with odd path
 * values — answers 5xx. A new endpoint is walked without changing this class, and fails until it is declared.
 * <p>
 * The walk is the longest class after the browser scenarios and needs neither the engine REST API nor the webapps,
 * so it runs on a PostgreSQL application of its own (its own server, database and engine name) in the lane beside
 * the {@link io.ticketflow.PostgresTest} classes, which keeps the two lanes about as long as each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.process-engine-name=walk")
@ActiveProfiles({ "test", "postgres" })
@Import(EmbeddedPostgresConfiguration.class)
@ResourceLock(Lanes.H2)
class ApiRightsWalkTests {

	static final List<String> PERSONAS = List.of("admin", "secretary", "agent", "agent2", "trainee", "specialist",
			"authorizer", "observer", "manager");

	static final List<String> READ_ONLY = List.of("observer", "manager");

	/**
	 * Who may call each mutating operation, by operationId (or operationId and example variant), and the status they
	 * get. Whoever is not named is refused with 403; observers and managers never appear here.
	 */
	static final Map<String, Map<String, Integer>> MAY = Map.ofEntries(
			entry("open", Map.of("admin", 201, "secretary", 201, "agent", 201, "agent2", 201, "trainee", 201)),
			entry("add note", Map.of("admin", 201, "secretary", 201, "agent", 201, "trainee", 201, "specialist", 201,
					"authorizer", 201)),
			entry("add reply", Map.of("admin", 201, "secretary", 201, "agent", 201, "trainee", 202)),
			entry("add customer", Map.of("admin", 201, "secretary", 201, "agent", 201, "trainee", 201)),
			entry("register", Map.of("admin", 201, "secretary", 201, "agent", 201, "agent2", 201, "trainee", 201)),
			entry("changeLanguage", Map.of("admin", 200, "secretary", 200, "agent", 200, "agent2", 200, "trainee", 200)),
			entry("link", Map.of("admin", 201, "secretary", 201, "agent", 201, "trainee", 201)),
			entry("split", Map.of("admin", 201, "secretary", 201, "agent", 201, "trainee", 201)),
			entry("watch", Map.of("admin", 200, "secretary", 200, "agent", 200, "trainee", 200, "specialist", 200,
					"authorizer", 200)),
			// 200 with each ticket done or refused on its own; refused at once only for those who write on no ticket
			entry("bulk", Map.of("admin", 200, "secretary", 200, "agent", 200, "agent2", 200, "trainee", 200,
					"specialist", 200, "specialist2", 200, "authorizer", 200)),
			entry("create", Map.of("admin", 201, "agent", 201, "agent2", 201)),
			entry("edit", Map.of("admin", 200, "agent", 200, "agent2", 200)),
			entry("createQueue", Map.of("admin", 201)),
			entry("rewriteAutoResponse", Map.of("admin", 200)),
			entry("rewriteStandardResponse", Map.of("admin", 204)),
			entry("queueTexts", Map.of("admin", 204)),
			entry("inbound", Map.of("admin", 201)),
			entry("addAccount", Map.of("admin", 201)),
			entry("reprocess", Map.of("admin", 200)),
			entry("defineCalendar", Map.of("admin", 200)),
			entry("defineServiceLevel", Map.of("admin", 200)),
			entry("assign", Map.of("admin", 200)),
			entry("markSensitive", Map.of("admin", 200)),
			entry("markCompanySensitive", Map.of("admin", 200)),
			entry("changePriority", Map.of("admin", 200, "secretary", 200, "agent", 200, "trainee", 200)),
			entry("forward", Map.of("admin", 201, "secretary", 201, "agent", 201)),
			// a person's own language, not the help desk's data: everyone who signs in sets theirs
			entry("readIn", Map.of("admin", 204, "secretary", 204, "agent", 204, "agent2", 204, "trainee", 204,
					"specialist", 204, "authorizer", 204, "observer", 204, "manager", 204)));

	/** Operations on the caller's own preferences, which observers and managers set like everybody else. */
	static final List<String> OWN_PREFERENCES = List.of("readIn");

	/** Plausible bodies where one built from the schema would not do; {customer} and {unique} are filled in. */
	static final Map<String, Map<String, String>> EXAMPLES = Map.ofEntries(
			entry("open", Map.of("", """
					{"customer":"{customer}","title":"By phone","body":"Hello","queue":"Walk"}""")),
			entry("add", Map.of("note", "{\"kind\":\"note\",\"body\":\"Noted.\"}",
					"reply", "{\"kind\":\"reply\",\"body\":\"Hello.\"}",
					"customer", "{\"kind\":\"customer\",\"body\":\"She called again.\"}")),
			entry("register", Map.of("", "{\"email\":\"r-{unique}@example.com\",\"name\":\"Rita\",\"company\":\"Walk Ltd\"}")),
			entry("changeLanguage", Map.of("", "{\"language\":\"ru\"}")),
			entry("link", Map.of("", "{\"ticket\":\"{ticket}\",\"kind\":\"related\"}")),
			entry("split", Map.of("", "{\"queue\":\"Walk\",\"title\":\"Split {unique}\"}")),
			entry("watch", Map.of("", "{\"watching\":true}")),
			entry("bulk", Map.of("", "{\"tickets\":[\"{ticket}\"],\"action\":\"note\",\"body\":\"Walk.\"}")),
			entry("create", Map.of("", """
					{"category":"Walk","question":"Walk {unique}?","answer":"Yes.","language":"en","state":"internal"}""")),
			entry("edit", Map.of("", """
					{"category":"Walk","question":"Walk {unique}?","answer":"Still yes.","language":"en","state":"internal"}""")),
			entry("createQueue", Map.of("", "{\"name\":\"Walk-{unique}\",\"group\":\"queue-walk\",\"followUpPolicy\":\"reopen\"}")),
			entry("addAccount", Map.of("", """
					{"name":"walk-{unique}","protocol":"imap","host":"localhost","port":1,"username":"walk","password":"x",
					"folder":"INBOX","queue":"Walk"}""")),
			entry("defineCalendar", Map.of("", "{\"timeZone\":\"UTC\",\"hours\":{\"MONDAY\":[\"09:00-17:00\"]}}")),
			entry("defineServiceLevel", Map.of("", "{\"firstResponseMinutes\":60}")),
			entry("assign", Map.of("", "{\"to\":\"QUEUE\",\"target\":\"Walk\",\"serviceLevel\":\"Walk\"}")),
			entry("markSensitive", Map.of("", "{\"sensitive\":true}")),
			entry("markCompanySensitive", Map.of("", "{\"sensitive\":true}")),
			entry("changePriority", Map.of("", "{\"priority\":4}")),
			entry("forward", Map.of("", "{\"to\":[\"walk-vendor@example.net\"],\"body\":\"FYI\"}")),
			entry("readIn", Map.of("", "{\"language\":\"en\"}")),
			entry("inbound", Map.of("", "From: walker@example.com\r\nTo: support@localhost\r\nSubject: Walk\r\n"
					+ "Message-ID: <{unique}@walk.example>\r\n\r\nHello.\r\n")));

	/** Values of path and query parameters by name; {number} is a new ticket, {id} the entry of the path. */
	static final Map<String, String> VALUES = Map.of("queue", "Walk", "kind", "new_ticket", "name", "walk-response",
			"email", "{customer}", "company", "WalkCo");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	WalkFixtures fixtures;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		http = new Http(port);
		fixtures = new WalkFixtures(context, jdbc);
	}

	@TestFactory
	Stream<DynamicTest> everyPersonaAgainstEveryMutatingOperation() {
		List<DynamicTest> tests = new ArrayList<>();
		for (OpenApiOperation operation : operations()) {
			for (String variant : variants(operation)) {
				for (String persona : withAnonymous()) {
					tests.add(DynamicTest.dynamicTest(operation + " " + variant + " as " + label(persona),
							() -> plausibleCall(operation, variant, persona)));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> noBadInputIsAServerError() {
		List<DynamicTest> tests = new ArrayList<>();
		for (OpenApiOperation operation : operations()) {
			for (String persona : withAnonymous()) {
				tests.add(DynamicTest.dynamicTest(operation + " with bad input as " + label(persona),
						() -> badInput(operation, persona)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> noOddValueInAReadIsAServerError() {
		return OpenApiOperation.reading(read(http.get(null, "/api/openapi").body())).stream()
			.map(operation -> DynamicTest.dynamicTest(operation + " with odd values", () -> oddRead(operation)));
	}

	void plausibleCall(OpenApiOperation operation, String variant, String persona) {
		int expected = expected(operation, variant, persona);
		String path = operation.path(name -> fixtures.pathValue(operation, name)) + query(operation);
		byte[] body = body(operation, variant);
		List<String> before = fixtures.fingerprint();
		HttpResponse<String> response = http.sendBytes(persona, operation.method(), path, body, operation.contentType());
		assertThat(response.statusCode()).as("%s %s as %s: %s", operation.method(), path, label(persona), response.body())
			.isLessThan(500)
			.isEqualTo(expected);
		if (expected >= 400) {
			assertThat(fixtures.fingerprint()).as("nothing changed after the refusal").isEqualTo(before);
		}
	}

	void badInput(OpenApiOperation operation, String persona) {
		String path = operation.path(name -> fixtures.pathValue(operation, name));
		byte[] plausible = body(operation, variants(operation).get(0));
		List<String> before = fixtures.fingerprint();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (String garbage : new String[] { null, "", "{\"kind\":", "[1,2]", "{\"body\":{\"x\":1},\"email\":7,"
				+ "\"priority\":99999999999999999999,\"kind\":\"shout\",\"state\":\"sleeping\"}", "\u0000\uFFFF" }) {
			byte[] bytes = garbage == null ? null : garbage.getBytes(StandardCharsets.UTF_8);
			responses.add(http.sendBytes(persona, operation.method(), path, bytes, operation.contentType()));
		}
		responses.add(http.sendBytes(persona, operation.method(), path, "plain words".getBytes(), "text/csv"));
		for (String odd : ODD) {
			String oddPath = operation.path(name -> odd);
			if (!oddPath.equals(path)) {
				responses.add(http.sendBytes(persona, operation.method(), oddPath, plausible, operation.contentType()));
			}
		}
		for (HttpResponse<String> response : responses) {
			assertThat(response.statusCode()).as("%s %s as %s: %s", response.request().method(), response.uri(), label(persona),
					response.body()).isLessThan(500);
			assertThat(response.body()).doesNotContain("Exception", "at io.ticketflow", "SQL");
		}
		if (persona == null || READ_ONLY.contains(persona)) {
			assertThat(fixtures.fingerprint()).as("nothing changed").isEqualTo(before);
		}
	}

	/** Each path and query parameter in turn, and all of them at once, with values nobody would send. */
	void oddRead(OpenApiOperation operation) {
		String path = operation.path(name -> fixtures.pathValue(operation, name));
		for (String odd : ODD) {
			List<String> paths = new ArrayList<>();
			paths.add(operation.path(name -> odd));
			operation.query().forEach(q -> paths.add(path + "?" + q + "=" + odd));
			paths.add(operation.path(name -> odd) + "?" + String.join("&", operation.query().stream().map(q -> q + "=" + odd).toList()));
			for (String oddPath : paths) {
				for (String persona : new String[] { "admin", "agent2" }) {
					HttpResponse<String> response = http.get(persona, oddPath);
					assertThat(response.statusCode()).as("GET %s as %s: %s", oddPath, persona, response.body()).isLessThan(500);
				}
			}
		}
	}

	static final String[] ODD = { "99999999999999999999", "-1", "0", "%20", "x".repeat(300), "%E2%80%AE%00", "true" };

	int expected(OpenApiOperation operation, String variant, String persona) {
		Map<String, Integer> declared = MAY.getOrDefault(operation.id() + " " + variant, MAY.get(operation.id()));
		if (declared == null) {
			fail("declare who may call " + operation.id() + (variant.isEmpty() ? "" : " " + variant) + " ("
					+ operation.method() + " " + operation.path() + ") in ApiRightsWalkTests.MAY");
		}
		if (!OWN_PREFERENCES.contains(operation.id())) {
			assertThat(declared).as("observers and managers change nothing")
				.doesNotContainKeys(READ_ONLY.toArray(String[]::new));
		}
		if (persona == null) {
			return 401;
		}
		return declared.getOrDefault(persona, 403);
	}

	List<OpenApiOperation> operations() {
		HttpResponse<String> document = http.get(null, "/api/openapi");
		assertThat(document.statusCode()).isEqualTo(200);
		List<OpenApiOperation> mutating = OpenApiOperation.mutating(read(document.body()));
		List<String> declared = MAY.keySet().stream().map(key -> key.split(" ")[0]).distinct().toList();
		assertThat(mutating.stream().map(OpenApiOperation::id).toList())
			.as("every declared operation is in the OpenAPI document").containsAll(declared);
		return mutating;
	}

	static List<String> variants(OpenApiOperation operation) {
		Map<String, String> examples = EXAMPLES.get(operation.id());
		return examples == null ? List.of("") : examples.keySet().stream().sorted().toList();
	}

	static String label(String persona) {
		return persona == null ? "anonymous" : persona;
	}

	static List<String> withAnonymous() {
		List<String> all = new ArrayList<>(PERSONAS);
		all.add(null);
		return all;
	}

	String query(OpenApiOperation operation) {
		return operation.requiredQuery().isEmpty() ? (operation.id().equals("inbound") ? "?queue=Walk" : "")
				: "?" + String.join("&", operation.requiredQuery().stream().map(q -> q + "=" + fixtures.fill(VALUES.getOrDefault(q, "1"))).toList());
	}

	byte[] body(OpenApiOperation operation, String variant) {
		if (operation.contentType() == null) {
			return null;
		}
		Map<String, String> examples = EXAMPLES.get(operation.id());
		String text = examples != null ? examples.get(variant) : operation.exampleBody().toString();
		return fixtures.fill(text).getBytes(StandardCharsets.UTF_8);
	}

	static JsonNode read(String json) {
		try {
			return new ObjectMapper().readTree(json);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
