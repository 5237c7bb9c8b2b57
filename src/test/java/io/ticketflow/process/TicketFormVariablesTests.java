package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.AgentArticles;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A task's form variables carry the whole, current ticket, for the forms to show. */
@PostgresTest
class TicketFormVariablesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketTasks tasks;

	@Autowired
	AgentArticles articles;

	final ObjectMapper json = new ObjectMapper();

	HelpDesk desk;

	Http http;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		http = new Http(port);
	}

	@Test
	void formVariablesShowTheTicketAsItIsNow() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		articles.note(number, "agent", "Written after the task was created.");

		HttpResponse<String> response = http.get("agent", "/engine-rest/task/" + task + "/form-variables");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode variable = json.readTree(response.body()).path("ticket");
		assertThat(variable.path("type").asText()).isEqualTo("Json");
		JsonNode ticket = json.readTree(variable.path("value").asText());
		assertThat(ticket.path("number").asText()).isEqualTo(number);
		assertThat(ticket.path("view").asText()).contains("### Ticket#" + number + " · Printer on fire",
				"**State** new", "The conversation (2 articles")
			.as("the conversation is read in the Ticket tab, not copied into the form")
			.doesNotContain("It smokes", "Written after");
		assertThat(ticket.path("queues").findValuesAsText("value")).contains("Support", "Billing");
	}

	@Test
	void anUnclaimedTasksFormSaysToClaimItFirst() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		assertThat(view(task)).startsWith("> This task is not claimed yet: whoever works on the ticket claims it first "
				+ "(**Claim**, top right)");

		assertThat(http.post("agent", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"agent\"}").statusCode())
			.isEqualTo(204);
		assertThat(view(task)).startsWith("### Ticket#" + number).doesNotContain("not claimed");
	}

	/** A Russian browser reads the header in Russian, through the same door Tasklist uses. */
	@Test
	void aRussianBrowserReadsTheHeaderInRussian() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		HttpResponse<String> response = http.get("agent", "/engine-rest/task/" + task + "/form-variables",
				"ru-RU,ru;q=0.9,en;q=0.5");
		assertThat(response.statusCode()).isEqualTo(200);
		String view = json.readTree(json.readTree(response.body()).path("ticket").path("value").asText()).path("view")
			.asText();
		assertThat(view).startsWith("> Эту задачу ещё никто не взял").contains("**Состояние** новая");
	}

	/** The form itself reads in the browser's language; its fields and values stay what the process reads. */
	@Test
	void aRussianBrowserReadsTheFormInRussian() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		HttpResponse<String> russian = http.get("agent", "/engine-rest/task/" + task + "/deployed-form",
				"ru-RU,ru;q=0.9,en;q=0.5");
		assertThat(russian.statusCode()).isEqualTo(200);
		assertThat(json.readTree(russian.body()).findValuesAsText("label")).contains("Что дальше?", "Ответить клиенту")
			.doesNotContain("What next?");
		assertThat(json.readTree(russian.body()).findValuesAsText("value")).contains("reply", "consult");

		HttpResponse<String> english = http.get("agent", "/engine-rest/task/" + task + "/deployed-form", "de-DE,en");
		assertThat(json.readTree(english.body()).findValuesAsText("label")).contains("What next?", "Reply to the customer");
	}

	/** Tasklist draws its cards from a filter's list and its header from the task: both name them in Russian. */
	@Test
	void aRussianBrowserReadsTheTasksNamesInRussian() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		HttpResponse<String> one = http.get("agent", "/engine-rest/task/" + task, "ru-RU,ru;q=0.9");
		assertThat(json.readTree(one.body()).path("name").asText()).isEqualTo("Работа над заявкой");
		assertThat(json.readTree(http.get("agent", "/engine-rest/task/" + task).body()).path("name").asText())
			.isEqualTo("Work on the ticket");

		String filter = json.readTree(http.get("agent", "/engine-rest/filter?name=All%20open%20tickets").body()).get(0)
			.path("id").asText();
		HttpResponse<String> list = http.post("agent", "/engine-rest/filter/" + filter + "/list?maxResults=5",
				"{\"processInstanceBusinessKey\":\"" + number + "\"}", "ru");
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(json.readTree(list.body()).findValuesAsText("name")).containsExactly("Работа над заявкой");
	}

	private String view(String task) throws Exception {
		HttpResponse<String> response = http.get("agent", "/engine-rest/task/" + task + "/form-variables");
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(json.readTree(response.body()).path("ticket").path("value").asText()).path("view").asText();
	}

	@Test
	void whoMayNotSeeTheTaskGetsNoTicket() {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		HttpResponse<String> response = http.get("agent2", "/engine-rest/task/" + task + "/form-variables");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("Printer on fire");
	}

	@Test
	void theTicketIsNeverStoredInTheProcess() {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		assertThat(context.getBean(org.camunda.bpm.engine.TaskService.class).getVariables(task)).doesNotContainKey("ticket");
	}
}
