package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.TicketNumber;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Each kind of bad input answers 4xx problem details naming the field, and writes nothing. */
@TicketflowTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	HelpDesk desk;

	String customer;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		customer = desk.customer();
	}

	@Test
	void unknownQueue() throws Exception {
		open(Map.of("customer", customer, "title", "t", "body", "b", "queue", "Nowhere"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("queue"))
			.andExpect(jsonPath("$.detail").value("unknown queue Nowhere"));
	}

	@Test
	void unknownCustomer() throws Exception {
		open(Map.of("customer", "nobody@example.com", "title", "t", "body", "b"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("customer"));
	}

	@Test
	void emptyTitle() throws Exception {
		open(Map.of("customer", customer, "title", " ", "body", "b"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
	}

	@Test
	void oversizeTitleAndBody() throws Exception {
		open(Map.of("customer", customer, "title", "x".repeat(256), "body", "b"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
		open(Map.of("customer", customer, "title", "t", "body", "x".repeat(200_001)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
	}

	@Test
	void priorityOutOfRangeAndChannelUnknown() throws Exception {
		open(Map.of("customer", customer, "title", "t", "body", "b", "priority", 9))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("priority"));
		open(Map.of("customer", customer, "title", "t", "body", "b", "channel", "pigeon"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"));
		open(Map.of("customer", customer, "title", "t", "body", "b", "channel", "email"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"));
	}

	@Test
	void malformedJson() throws Exception {
		mvc.perform(post("/api/tickets").with(httpBasic("agent", "demo")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"customer\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problems.BASE + "invalid-input"));
	}

	@Test
	void malformedTicketNumbers() throws Exception {
		for (String number : new String[] { "123", "2026112610000016", "2026133110000011", "abcdefghijklmnop" }) {
			mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("number"));
		}
	}

	@Test
	void unknownTicketIsNotFound() throws Exception {
		String never = TicketNumber.of(LocalDate.of(2020, 1, 1), 10, 1).value();
		mvc.perform(get("/api/tickets/" + never).with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value(Problems.BASE + "not-found"));
	}

	@Test
	void badFilters() throws Exception {
		mvc.perform(get("/api/tickets").param("state", "sleeping").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("state"));
		mvc.perform(get("/api/tickets").param("size", "1000").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
	}

	@Test
	void aPageBeyondAnyListIsBadInputNamingThePage() throws Exception {
		String number = desk.open("Support");
		for (String path : new String[] { "/api/tickets", "/api/tickets/" + number + "/articles" }) {
			mvc.perform(get(path).param("page", "99999999").param("size", "200").with(httpBasic("agent", "demo")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value("page"));
			mvc.perform(get(path).param("page", "-1").param("size", "20").with(httpBasic("agent", "demo")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("page"));
			mvc.perform(get(path).param("page", "99999999999").param("size", "20").with(httpBasic("agent", "demo")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("page"));
		}
	}

	@Test
	void aMissingParameterOrAValueTooLongForItsColumnNamesTheField() throws Exception {
		mvc.perform(get("/api/customers").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("email"));
		mvc.perform(get("/api/faq/12345678901234567890").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("id"));
		mvc.perform(put("/api/admin/standard-responses/" + "x".repeat(101)).with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Hello\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
		mvc.perform(get("/error").with(httpBasic("agent", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void badArticles() throws Exception {
		String number = desk.open("Support");
		article(number, "{\"kind\":\"shout\",\"body\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
		article(number, "{\"kind\":\"note\",\"body\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("body"));
	}

	@Test
	void replyToAClosedTicketIsNotAllowedAndWritesNothing() throws Exception {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "unsuccessful"));
		long articles = count("article");
		article(number, "{\"kind\":\"reply\",\"body\":\"Too late.\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Problems.BASE + "action-not-allowed"))
			.andExpect(jsonPath("$.detail").value("ticket " + number + " is closed_unsuccessful"));
		assertThat(count("article")).isEqualTo(articles);
	}

	@Test
	void rejectedInputWritesNothing() throws Exception {
		long tickets = count("ticket");
		long history = count("ticket_history");
		open(Map.of("customer", customer, "title", "t", "body", "b", "queue", "Nowhere")).andExpect(status().isBadRequest());
		open(Map.of("customer", "nobody@example.com", "title", "t", "body", "b")).andExpect(status().isBadRequest());
		assertThat(count("ticket")).isEqualTo(tickets);
		assertThat(count("ticket_history")).isEqualTo(history);
	}

	@Test
	void problemsNeverShowExceptionNamesOrSql() throws Exception {
		String body = open(Map.of("customer", customer, "title", "t", "body", "b", "queue", "Nowhere"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("Exception", "select ", "io.ticketflow");
	}

	ResultActions open(Map<String, Object> ticket) throws Exception {
		return mvc.perform(post("/api/tickets").with(httpBasic("agent", "demo")).contentType(MediaType.APPLICATION_JSON)
				.content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ticket)));
	}

	ResultActions article(String number, String json) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from ticketflow." + table, Long.class);
	}
}
