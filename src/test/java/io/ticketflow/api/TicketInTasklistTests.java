package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.TicketQueries;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What the Tasklist plugin asks for: a task's ticket, the conversation a page at a time, notes without completing. */
@TicketflowTest
class TicketInTasklistTests {

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketTasks tasks;

	@Autowired
	TicketQueries tickets;

	@Autowired
	AgentArticles articles;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void aTaskLeadsToItsTicketForThoseWhoMaySeeIt() throws Exception {
		String number = desk.open("Support");
		String task = tasks.of(number).get(0).id();
		mvc.perform(get("/api/tasks/" + task + "/ticket").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.title").value("Printer on fire"))
			.andExpect(jsonPath("$.answered").value(false))
			.andExpect(jsonPath("$.openTasks[0].id").value(task));
		mvc.perform(get("/api/tasks/" + task + "/ticket").with(httpBasic("agent2", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/tasks/no-such-task/ticket").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").exists());
	}

	@Test
	void theConversationComesAPageAtATimeNewestFirst() throws Exception {
		String number = desk.open("Support");
		for (int i = 1; i <= 60; i++) {
			articles.note(number, "agent", "Note " + i);
		}
		int total = tickets.articles(number).size();
		mvc.perform(get("/api/tickets/" + number + "/articles?page=0&size=25").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(total))
			.andExpect(jsonPath("$.totalPages").value((total + 24) / 25))
			.andExpect(jsonPath("$.content.length()").value(25))
			.andExpect(jsonPath("$.content[0].body").value("Note 60"))
			.andExpect(jsonPath("$.content[24].body").value("Note 36"));
		mvc.perform(get("/api/tickets/" + number + "/articles?page=2&size=25").with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.content.length()").value(total - 50))
			.andExpect(jsonPath("$.content[0].body").value("Note 10"));
		mvc.perform(get("/api/tickets/" + number + "/articles?page=0&size=500").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theProcessStepsOfAClosedTicketAreKept() throws Exception {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "reply", "body", "Done."));
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "close", "resolution", "successful"));
		mvc.perform(get("/api/tickets/" + number + "/process-history").with(httpBasic("manager", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("startEvent"))
			.andExpect(jsonPath("$[?(@.step == 'Task_Work')].assignee").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("agent"))))
			.andExpect(jsonPath("$[?(@.step == 'Task_SendReply')]").isNotEmpty())
			.andExpect(jsonPath("$[?(@.step == 'Task_Close')]").isNotEmpty())
			.andExpect(jsonPath("$[-1].type").value("noneEndEvent"))
			.andExpect(jsonPath("$[?(@.type =~ /.*Gateway/)]").isEmpty())
			.andExpect(jsonPath("$[?(@.ended == null)]").isEmpty());
		mvc.perform(get("/api/tickets/" + number + "/process-history").with(httpBasic("agent2", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theWebappSessionMayReadAndWithItsCsrfTokenWrite() throws Exception {
		String number = desk.open("Support");
		String token = UUID.randomUUID().toString();
		MockHttpSession session = signedIn("agent", token);
		String note = "{\"kind\":\"note\",\"body\":\"Checked the cable.\"}";

		mvc.perform(get("/api/tickets/" + number).session(session)).andExpect(status().isOk());
		mvc.perform(post("/api/tickets/" + number + "/articles").session(session)
			.contentType(MediaType.APPLICATION_JSON).content(note)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/tickets/" + number + "/articles").session(session).header("X-XSRF-TOKEN", "forged")
			.contentType(MediaType.APPLICATION_JSON).content(note)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/tickets/" + number + "/articles").session(session).header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON).content(note)).andExpect(status().isCreated());

		assertThat(tickets.articles(number)).anySatisfy(a -> {
			assertThat(a.body()).isEqualTo("Checked the cable.");
			assertThat(a.author()).isEqualTo("agent");
			assertThat(a.visibleForCustomer()).isFalse();
		});
		assertThat(tasks.of(number)).as("adding a note completes nothing").singleElement()
			.satisfies(t -> assertThat(t.step()).isEqualTo("Task_Work"));
	}

	@Test
	void theWebappSessionCarriesTheUsersRightsNotMore() throws Exception {
		String number = desk.open("Support");
		String token = UUID.randomUUID().toString();
		mvc.perform(post("/api/tickets/" + number + "/articles").session(signedIn("observer", token))
			.header("X-XSRF-TOKEN", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"note\",\"body\":\"Hello\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/tickets/" + number).session(new MockHttpSession())).andExpect(status().isUnauthorized());
	}

	/** A session as Camunda's webapps leave it after a login. */
	private MockHttpSession signedIn(String user, String csrfToken) {
		Authentications authentications = new Authentications();
		UserAuthentication authentication = new UserAuthentication(user, engine.getName());
		authentication.setGroupIds(List.of());
		authentications.addOrReplace(authentication);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("authenticatedUser", authentications);
		session.setAttribute("CAMUNDA_CSRF_TOKEN", csrfToken);
		return session;
	}
}
