package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Tickets that belong together: linked both ways, parents without circles, an article split off into a ticket. */
@TicketflowTest
class TicketLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void aLinkShowsBothWaysAndInBothHistories() throws Exception {
		String problem = desk.open("Support");
		String incident = desk.open("Support");
		link("agent", incident, problem, "parent").andExpect(status().isCreated())
			.andExpect(jsonPath("$.ticket").value(problem)).andExpect(jsonPath("$.kind").value("parent"));
		links("agent", incident).andExpect(jsonPath("$[0].ticket").value(problem))
			.andExpect(jsonPath("$[0].kind").value("parent")).andExpect(jsonPath("$[0].linkedBy").value("agent"));
		links("agent", problem).andExpect(jsonPath("$[0].ticket").value(incident))
			.andExpect(jsonPath("$[0].kind").value("child"));
		assertThat(lines(incident)).contains("child of " + problem);
		assertThat(lines(problem)).contains("parent of " + incident);

		String other = desk.open("Support");
		link("secretary", other, problem, "related").andExpect(status().isCreated());
		links("agent", problem).andExpect(jsonPath("$[1].ticket").value(other)).andExpect(jsonPath("$[1].kind").value("related"));
		assertThat(lines(other)).contains("related to " + problem);
	}

	@Test
	void noTicketIsItsOwnAncestorItselfOrLinkedTwice() throws Exception {
		String a = desk.open("Support");
		String b = desk.open("Support");
		String c = desk.open("Support");
		link("agent", b, a, "parent").andExpect(status().isCreated());
		link("agent", c, b, "parent").andExpect(status().isCreated());
		link("agent", a, c, "parent").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
		link("agent", c, a, "child").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
		link("agent", a, a, "related").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("ticket"));
		link("agent", a, "2026010110000010", "related").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("ticket"));
		link("agent", a, "not a number", "related").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("ticket"));
		link("agent", a, b, "cousin").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
		link("agent", a, b, "related").andExpect(status().isConflict());
		// nothing half-written by the refusals: one link each, one history line each
		assertThat(lines(a)).containsExactly("parent of " + b);
		assertThat(lines(c)).containsExactly("child of " + b);
	}

	@Test
	void whoLinksWorksBothTicketsAndReadersSeeOnlyWhatTheyMay() throws Exception {
		String support = desk.open("Support");
		String billing = desk.open("Billing");
		// a trainee works Support only; observers, managers and special agents link nothing
		link("trainee", support, billing, "related").andExpect(status().isForbidden());
		link("observer", support, billing, "related").andExpect(status().isForbidden());
		link("specialist", support, billing, "related").andExpect(status().isForbidden());
		link("agent", support, billing, "related").andExpect(status().isCreated());
		links("trainee", support).andExpect(jsonPath("$.length()").value(0));
		links("observer", support).andExpect(jsonPath("$[0].ticket").value(billing));
		assertThat(lines(billing)).containsExactly("related to " + support);
	}

	@Test
	void anArticleSplitOffBecomesARelatedTicketAndStaysInTheOriginal() throws Exception {
		String original = desk.open("Support");
		ArticleView first = tickets.articles(original).get(0);
		String json = mvc.perform(post("/api/tickets/" + original + "/articles/" + first.id() + "/split")
			.contentType(MediaType.APPLICATION_JSON).content("{\"queue\": \"Billing\", \"title\": \"The invoice part\"}")
			.with(httpBasic("agent", "demo"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String split = JsonPath.read(json, "$.number");
		TicketView created = tickets.ticket(split);
		assertThat(created.queue()).isEqualTo("Billing");
		assertThat(created.title()).isEqualTo("The invoice part");
		assertThat(created.customer()).isEqualTo(tickets.ticket(original).customer());
		assertThat(tickets.articles(split)).singleElement().satisfies(a -> {
			assertThat(a.body()).isEqualTo(first.body());
			assertThat(a.senderType()).isEqualTo(SenderType.CUSTOMER);
		});
		assertThat(tickets.articles(original)).extracting(ArticleView::id).contains(first.id());
		assertThat(lines(original)).containsExactly("article " + first.id() + " into " + split, "related to " + split);
		links("agent", split).andExpect(jsonPath("$[0].ticket").value(original)).andExpect(jsonPath("$[0].kind").value("related"));

		String other = desk.open("Support");
		long foreign = tickets.articles(other).get(0).id();
		mvc.perform(post("/api/tickets/" + original + "/articles/" + foreign + "/split").contentType(MediaType.APPLICATION_JSON)
			.content("{\"queue\": \"Billing\"}").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("article"));
		mvc.perform(post("/api/tickets/" + original + "/articles/" + first.id() + "/split").contentType(MediaType.APPLICATION_JSON)
			.content("{\"queue\": \"Nowhere\"}").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("queue"));
		mvc.perform(post("/api/tickets/" + original + "/articles/" + first.id() + "/split").contentType(MediaType.APPLICATION_JSON)
			.content("{\"queue\": \"Billing\"}").with(httpBasic("observer", "demo"))).andExpect(status().isForbidden());
		assertThat(lines(original)).hasSize(2);
	}

	@Test
	void theConversationOfATicketShowsTheArticlesOfTheTicketsMergedIntoIt() throws Exception {
		String target = desk.open("Support");
		String merged = desk.open("Support");
		String mergedEarlier = desk.open("Support");
		desk.reply(merged, "agent", "An answer on the merged ticket.");
		desk.complete(mergedEarlier, "Task_Work", "agent", java.util.Map.of("workAction", "merge", "mergeInto", merged));
		desk.complete(merged, "Task_Work", "agent", java.util.Map.of("workAction", "merge", "mergeInto", target));

		String json = mvc.perform(get("/api/tickets/" + target + "/articles").param("page", "0").param("size", "25")
			.with(httpBasic("agent", "demo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(json, "$.totalElements")).isEqualTo(4);
		assertThat(JsonPath.<List<String>>read(json, "$.content[*].body"))
			.anyMatch(body -> body.startsWith("An answer on the merged ticket."));
		assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.mergedFrom == '" + merged + "')].body")).hasSize(2);
		assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.mergedFrom == '" + mergedEarlier + "')].body")).hasSize(1);
		assertThat(JsonPath.<List<Object>>read(json, "$.content[?(@.mergedFrom == null)]")).hasSize(1);
		// the merged ticket's own conversation is its own, with what was merged into it
		mvc.perform(get("/api/tickets/" + mergedEarlier + "/articles").param("page", "0").param("size", "25")
			.with(httpBasic("agent", "demo"))).andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void aParentIsClosedWhileAChildIsOpenOnlyWhenTheAgentConfirmsIt() throws Exception {
		String parent = desk.open("Support");
		String child = desk.open("Support");
		link("agent", child, parent, "parent").andExpect(status().isCreated());
		java.util.Map<String, Object> close = java.util.Map.of("workAction", "close", "resolution", "successful");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.complete(parent, "Task_Work", "agent", close))
			.hasMessageContaining("open child tickets (" + child + ")");
		assertThat(tickets.ticket(parent).state()).isEqualTo(TicketState.NEW);

		java.util.Map<String, Object> confirmed = new java.util.HashMap<>(close);
		confirmed.put("closeWithOpenChildren", true);
		desk.complete(parent, "Task_Work", "agent", confirmed);
		assertThat(tickets.ticket(parent).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.history(parent)).filteredOn(h -> h.type() == HistoryType.CLOSED).singleElement()
			.extracting(HistoryView::detail).asString().endsWith("child tickets still open: " + child);

		// a child closed first leaves nothing to confirm
		String second = desk.open("Support");
		String closedChild = desk.open("Support");
		link("agent", closedChild, second, "parent").andExpect(status().isCreated());
		desk.complete(closedChild, "Task_Work", "agent", close);
		desk.complete(second, "Task_Work", "agent", close);
		assertThat(tickets.ticket(second).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	private ResultActions link(String user, String number, String other, String kind) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/links").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ticket\": \"" + other + "\", \"kind\": \"" + kind + "\"}").with(httpBasic(user, "demo")));
	}

	private ResultActions links(String user, String number) throws Exception {
		return mvc.perform(get("/api/tickets/" + number + "/links").with(httpBasic(user, "demo"))).andExpect(status().isOk());
	}

	/** The ticket's history lines about links and splits. */
	private List<String> lines(String number) {
		return tickets.history(number).stream()
			.filter(h -> h.type() == HistoryType.LINKED || h.type() == HistoryType.SPLIT).map(HistoryView::detail).toList();
	}
}
