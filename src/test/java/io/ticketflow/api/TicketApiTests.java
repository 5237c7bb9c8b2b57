package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.ArticleKind;
import io.ticketflow.ticket.Codes;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TicketflowTest
class TicketApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	/** Generated from the enums: a new state, article kind, history type or ticket type has its words at once. */
	@Test
	void theWordsForEveryCodeComeFromTheServer() throws Exception {
		var labels = mvc.perform(as("observer", get("/api/labels"))).andExpect(status().isOk());
		for (TicketState state : TicketState.values()) {
			labels.andExpect(jsonPath("$.states." + state.code()).value(Codes.label(state)));
		}
		for (ArticleKind kind : ArticleKind.values()) {
			labels.andExpect(jsonPath("$.articleKinds." + kind.code()).value(kind.label()));
		}
		for (HistoryType type : HistoryType.values()) {
			labels.andExpect(jsonPath("$.historyTypes." + type.code()).value(Codes.label(type)));
		}
		for (TicketType type : TicketType.values()) {
			labels.andExpect(jsonPath("$.ticketTypes." + type.code()).value(Codes.label(type)));
		}
		labels.andExpect(jsonPath("$.articleKinds.internal").value("Internal note – not visible to the customer"))
			.andExpect(jsonPath("$.states.pending_auto_close").value("pending auto close"));
		mvc.perform(get("/api/labels")).andExpect(status().isUnauthorized());
	}

	/** In the language of the webapps, which follow the browser's: Russian for a Russian browser, or when asked for. */
	@Test
	void theWordsAreInTheReadersLanguage() throws Exception {
		mvc.perform(as("agent", get("/api/labels").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.states.open").value("открыта"))
			.andExpect(jsonPath("$.articleKinds.reply").value("Ответ клиенту"))
			.andExpect(jsonPath("$.screens['Add internal note']").value("Добавить внутреннюю заметку"));
		mvc.perform(as("agent", get("/api/labels?lang=ru").header("Accept-Language", "en")))
			.andExpect(jsonPath("$.states.open").value("открыта"));
		mvc.perform(as("agent", get("/api/labels").header("Accept-Language", "de-DE,fr;q=0.5")))
			.andExpect(jsonPath("$.states.open").value("open"))
			.andExpect(jsonPath("$.screens").isEmpty());
	}

	/** Everyone sets the language they read the help desk's mails in, observers too; only a known one. */
	@Test
	void everyoneSetsTheLanguageTheyReadIn() throws Exception {
		mvc.perform(as("observer", get("/api/me"))).andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.languages[1]").value("ru"));
		mvc.perform(as("observer", put("/api/me/language").contentType("application/json").content("{\"language\":\"ru\"}")))
			.andExpect(status().isNoContent());
		mvc.perform(as("observer", get("/api/me"))).andExpect(jsonPath("$.language").value("ru"));
		mvc.perform(as("observer", put("/api/me/language").contentType("application/json").content("{\"language\":\"xx\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("language"));
		mvc.perform(as("agent", get("/api/me"))).andExpect(jsonPath("$.language").value("en"));
		mvc.perform(put("/api/me/language").contentType("application/json").content("{\"language\":\"ru\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void openingATicketAnswersCreatedWithItsLocationAndNumber() throws Exception {
		String customer = desk.customer();
		String body = """
				{"customer":"%s","title":"Cannot print","body":"The printer is offline.","queue":"Support","priority":4}
				""".formatted(customer);
		String json = mvc.perform(as("agent", post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/tickets/\\d{16,20}")))
			.andExpect(jsonPath("$.number").value(matchesPattern("\\d{16,20}")))
			.andExpect(jsonPath("$.state").value("new"))
			.andExpect(jsonPath("$.queue").value("Support"))
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(json, "$.number");

		mvc.perform(as("observer", get("/api/tickets/" + number)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Cannot print"))
			.andExpect(jsonPath("$.customer").value(customer))
			.andExpect(jsonPath("$.answered").value(false))
			.andExpect(jsonPath("$.openTasks[0].step").value("Task_Work"));
		mvc.perform(as("agent", get("/api/tickets/" + number + "/articles")))
			.andExpect(jsonPath("$[0].senderType").value("customer"))
			.andExpect(jsonPath("$[0].body").value("The printer is offline."));
		mvc.perform(as("agent", get("/api/tickets/" + number + "/history")))
			.andExpect(jsonPath("$[0].type").value("created"))
			.andExpect(jsonPath("$[0].actor").value("agent"));
	}

	@Test
	void addingANoteOrAReplyKeepsTheTaskOpenAndMarksTheTicketAnswered() throws Exception {
		String number = desk.open("Support");
		String taskBefore = JsonPath.read(ticket(number), "$.openTasks[0].id");
		mvc.perform(as("agent", post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"note\",\"body\":\"Checked the logs.\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.visibleForCustomer").value(false))
			.andExpect(jsonPath("$.channel").value("note"));
		mvc.perform(as("agent", post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"reply\",\"body\":\"Please restart it.\"}")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/tickets/" + number + "/articles/\\d+")))
			.andExpect(jsonPath("$.visibleForCustomer").value(true))
			.andExpect(jsonPath("$.subject").value(endsWith("Printer on fire")));
		String after = ticket(number);
		assertThat((String) JsonPath.read(after, "$.openTasks[0].id")).isEqualTo(taskBefore);
		assertThat((Boolean) JsonPath.read(after, "$.answered")).isTrue();
		assertThat((String) JsonPath.read(after, "$.state")).isEqualTo("open");
	}

	@Test
	void customerMessageByPhoneIsAFollowUp() throws Exception {
		String number = desk.open("Support");
		mvc.perform(as("agent", post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"customer\",\"body\":\"Any news?\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ticket").value(number))
			.andExpect(jsonPath("$.outcome").value("appended"));
		mvc.perform(as("agent", get("/api/tickets/" + number + "/history")))
			.andExpect(jsonPath("$[*].type", hasItem("follow_up_received")));
	}

	@Test
	void listFiltersByStateQueueCustomerAndUnanswered() throws Exception {
		String number = desk.open("Sales");
		String customer = JsonPath.read(ticket(number), "$.customer");
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("queue", "Sales")
				.param("state", "new").param("unanswered", "true")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(number));
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("unanswered", "false")))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("state", "closed_successful")))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(as("agent", get("/api/tickets").param("size", "1")))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.content.length()").value(1));
	}

	@Test
	void activeListsTheTicketsNotClosedOrMergedAndInactiveTheOthers() throws Exception {
		String closed = closedTicket("successful");
		String customer = JsonPath.read(ticket(closed), "$.customer");
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("active", "true")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("active", "false")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(closed));
		String pending = desk.open("Sales");
		String other = JsonPath.read(ticket(pending), "$.customer");
		desk.complete(pending, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "reminder",
				"pendingUntil", java.time.Instant.now().plusSeconds(3600).toString()));
		mvc.perform(as("agent", get("/api/tickets").param("customer", other).param("active", "true")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].state").value("pending_reminder"));
	}

	@Test
	void anAgentListsTheirTicketsAndTheirQueuesSortedAsTheyChoose() throws Exception {
		String customer = desk.customer();
		String low = mvcOpen("agent2", customer, "Billing", 1);
		String high = mvcOpen("agent2", customer, "Billing", 5);
		String others = desk.open("Billing");
		mvc.perform(as("agent2", get("/api/tickets").param("customer", customer).param("mine", "true")
				.param("sort", "priority").param("direction", "asc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].number").value(low))
			.andExpect(jsonPath("$.content[1].number").value(high));
		mvc.perform(as("agent2", get("/api/tickets").param("mine", "true").param("sort", "priority")))
			.andExpect(jsonPath("$.content[0].priority").value(5))
			.andExpect(jsonPath("$.content[*].number", org.hamcrest.Matchers.not(hasItem(others))));
		mvc.perform(as("agent2", get("/api/tickets").param("myQueues", "true").param("size", "200")))
			.andExpect(jsonPath("$.content[*].queue", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Billing"))))
			.andExpect(jsonPath("$.content[*].number", hasItem(others)));
		mvc.perform(as("agent2", get("/api/tickets").param("sort", "queueId")))
			.andExpect(status().isBadRequest());
	}

	/** A ticket of Sales an agent closed with the given resolution. */
	private String closedTicket(String resolution) {
		String closed = desk.open("Sales");
		desk.complete(closed, "Task_Work", "agent", Map.of("workAction", "close", "resolution", resolution));
		return closed;
	}

	private String mvcOpen(String agent, String customer, String queue, int priority) throws Exception {
		String json = mvc.perform(as(agent, post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content("""
				{"customer":"%s","title":"Priority %d","body":"Call.","queue":"%s","priority":%d}
				""".formatted(customer, priority, queue, priority)))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.number");
	}

	@Test
	void unansweredListsOnlyTicketsStillBeingWorked() throws Exception {
		String closed = closedTicket("unsuccessful");
		String customer = JsonPath.read(ticket(closed), "$.customer");
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer).param("unanswered", "true")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(as("agent", get("/api/tickets").param("customer", customer)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].answered").value(false));
	}

	@Test
	void everyRequestNeedsALogin() throws Exception {
		mvc.perform(get("/api/tickets"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", matchesPattern("application/problem\\+json.*")))
			.andExpect(jsonPath("$.type").value(Problems.BASE + "unauthenticated"));
		// not a user the other tests log in with: Camunda delays the next login after a wrong password
		mvc.perform(get("/api/tickets").with(httpBasic("specialist2", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/tickets").with(httpBasic("nobody", "demo"))).andExpect(status().isUnauthorized());
	}

	@Test
	void thereIsNoWayToDeleteATicketOrAnArticle() throws Exception {
		String number = desk.open("Support");
		mvc.perform(as("admin", delete("/api/tickets/" + number))).andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.status").value(405));
		mvc.perform(as("admin", delete("/api/tickets/" + number + "/articles"))).andExpect(status().isMethodNotAllowed());
		assertThat(count("ticket")).isPositive();
	}

	String ticket(String number) throws Exception {
		return mvc.perform(as("agent", get("/api/tickets/" + number))).andReturn().getResponse().getContentAsString();
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from ticketflow." + table, Long.class);
	}

	MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(user, "demo"));
	}
}
