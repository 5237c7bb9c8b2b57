package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.process.TicketTasks;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A refusal reads in the language of whoever asked, through every door: the help desk's API, the engine's REST API
 * (the help desk's rules and the engine's own refusals) and a bulk action's results. What programs read (status,
 * type, field) stays the same.
 */
@PostgresTest
class ProblemLanguageTests {

	static final String RUSSIAN = "ru-RU,ru;q=0.9,en;q=0.5";

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
	void theApiRefusesInTheReadersLanguage() {
		HttpResponse<String> russian = http.get("agent", "/api/tickets/12345", RUSSIAN);
		assertThat(russian.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(russian.body(), "$.title")).isEqualTo("Неверные данные");
		assertThat(JsonPath.<String>read(russian.body(), "$.detail"))
			.isEqualTo("в номере заявки от 16 до 20 цифр, например 2026112610000015");
		assertThat(JsonPath.<String>read(russian.body(), "$.field")).isEqualTo("number");
		assertThat(JsonPath.<String>read(russian.body(), "$.type")).endsWith("/invalid-input");

		String number = desk.open("Support");
		HttpResponse<String> forbidden = http.post("observer", "/api/tickets/" + number + "/articles",
				"{\"kind\":\"note\",\"body\":\"x\"}", RUSSIAN);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(forbidden.body(), "$.detail")).startsWith("observer ").doesNotContain(" may ");

		HttpResponse<String> english = http.get("agent", "/api/tickets/12345", "de-DE,en;q=0.5");
		assertThat(JsonPath.<String>read(english.body(), "$.detail"))
			.isEqualTo("a ticket number has 16 to 20 digits, e.g. 2026112610000015");
	}

	@Test
	void theEngineRefusesInTheReadersLanguage() {
		String number = desk.open(null);
		String triage = tasks.of(number).get(0).id();
		HttpResponse<String> claimed = http.post("agent", "/engine-rest/task/" + triage + "/claim",
				"{\"userId\":\"agent\"}", RUSSIAN);
		assertThat(claimed.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(claimed.body(), "$.message"))
			.isEqualTo("agent не может взять «Разбор»: это работа для участников группы Dispatchers (secretaries).");

		String work = tasks.of(desk.open("Support")).get(0).id();
		assertThat(http.post("agent", "/engine-rest/task/" + work + "/claim", "{\"userId\":\"agent\"}").statusCode())
			.isEqualTo(204);
		HttpResponse<String> refused = http.post("agent", "/engine-rest/task/" + work + "/submit-form",
				"{\"variables\":{\"workAction\":{\"value\":\"consult\"},\"consultant\":{\"value\":\"observer\"},"
						+ "\"body\":{\"value\":\"?\"}}}", RUSSIAN);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.body(), "$.message"))
			.isEqualTo("observer не может работать над этой заявкой");
		assertThat(JsonPath.<String>read(refused.body(), "$.field")).isEqualTo("consultant");
	}

	@Test
	void aBulkActionsRefusalsAreInTheReadersLanguage() {
		String number = desk.open("Support");
		HttpResponse<String> bulk = http.post("agent", "/api/tickets/bulk",
				"{\"tickets\":[\"" + number + "\"],\"action\":\"merge\",\"into\":\"" + number + "\"}", RUSSIAN);
		assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
		List<String> problems = JsonPath.read(bulk.body(), "$.tickets[*].problem");
		assertThat(problems).singleElement().asString().doesNotContain("ticket").containsPattern("[а-я]");
	}
}
