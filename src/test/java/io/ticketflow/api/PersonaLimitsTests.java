package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.faq.FaqAnswers;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.TicketQueries;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What each persona may not do through the API, and that a refusal writes nothing. */
@TicketflowTest
class PersonaLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketQueries tickets;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "specialist", "authorizer", "observer", "manager" })
	void onlyThoseWhoMayWriteToCustomersTakeTheirWordsByPhone(String persona) throws Exception {
		String number = desk.open("Support");
		long articles = count("article");
		long tickets = count("ticket");
		article(persona, number, "customer", "I want my money back.").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(Problems.BASE + "forbidden"));
		assertThat(count("article")).isEqualTo(articles);
		assertThat(count("ticket")).isEqualTo(tickets);
	}

	@Test
	void aSpecialAgentCannotWriteForTheCustomerOnAClosedTicketEither() throws Exception {
		String number = desk.open("Billing");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		long tickets = count("ticket");
		article("specialist", number, "customer", "Open it again.").andExpect(status().isForbidden());
		assertThat(count("ticket")).as("no new ticket").isEqualTo(tickets);
	}

	@Test
	void theCustomersWordsTakenByPhoneRecordWhoTypedThem() throws Exception {
		String number = desk.open("Support");
		article("agent", number, "customer", "She called: still broken.").andExpect(status().isCreated());
		mvc.perform(get("/api/tickets/" + number + "/articles").with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$[0].senderType").value("customer"))
			.andExpect(jsonPath("$[0].enteredBy").value("secretary"))
			.andExpect(jsonPath("$[1].senderType").value("customer"))
			.andExpect(jsonPath("$[1].author").value(tickets.ticket(number).customer()))
			.andExpect(jsonPath("$[1].enteredBy").value("agent"));
	}

	@ParameterizedTest
	@CsvSource({ "agent, true, true, true, false", "trainee, true, true, true, true", "secretary, true, true, true, false",
			"specialist, true, false, false, false", "authorizer, true, false, false, false",
			"observer, false, false, false, false", "manager, false, false, false, false",
			"agent2, false, false, false, false" })
	void theTicketSaysWhatTheAskerMayWriteOnIt(String persona, boolean note, boolean reply, boolean call,
			boolean replyReviewed) throws Exception {
		String number = desk.open("Support");
		if (persona.equals("agent2")) {
			// of another queue: does not even see the ticket
			mvc.perform(get("/api/tickets/" + number).with(httpBasic(persona, "demo"))).andExpect(status().isForbidden());
		}
		else {
			mvc.perform(get("/api/tickets/" + number).with(httpBasic(persona, "demo"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.mayWrite.note").value(note))
				.andExpect(jsonPath("$.mayWrite.reply").value(reply))
				.andExpect(jsonPath("$.mayWrite.call").value(call))
				.andExpect(jsonPath("$.mayWrite.replyReviewed").value(replyReviewed));
		}
		// what it offers is what the server then lets through
		article(persona, number, "note", "A note.").andExpect(note ? status().isCreated() : status().isForbidden());
		article(persona, number, "reply", "A reply.")
			.andExpect(reply ? status().is2xxSuccessful() : status().isForbidden());
		article(persona, number, "customer", "She called.")
			.andExpect(call ? status().isCreated() : status().isForbidden());
	}

	@Test
	void aMergedTicketOffersNothingToWrite() throws Exception {
		String number = desk.open("Support");
		String into = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "merge", "mergeInto", into));
		mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.mayWrite.note").value(false))
			.andExpect(jsonPath("$.mayWrite.reply").value(false));
	}

	@ParameterizedTest
	@CsvSource({ "secretary, true, true", "agent, true, true", "trainee, true, true", "admin, true, true",
			"specialist, false, true", "authorizer, false, true", "observer, false, false", "manager, false, false" })
	void newTicketsAndClaimsAreOfferedToThoseWhoMayUseThem(String persona, boolean opens, boolean works)
			throws Exception {
		mvc.perform(get("/api/me").with(httpBasic(persona, "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.user").value(persona))
			.andExpect(jsonPath("$.mayOpenTickets").value(opens))
			.andExpect(jsonPath("$.worksTickets").value(works));
	}

	@ParameterizedTest
	@ValueSource(strings = { "observer", "manager", "specialist", "authorizer" })
	void onlyThoseWhoOpenTicketsRegisterCustomers(String persona) throws Exception {
		long customers = count("customer");
		register(persona).andExpect(status().isForbidden());
		assertThat(count("customer")).isEqualTo(customers);
	}

	@Test
	void thoseWhoOpenTicketsRegisterCustomers() throws Exception {
		register("secretary").andExpect(status().isCreated());
		register("agent2").andExpect(status().isCreated());
	}

	@Test
	void thoseWhoOpenTicketsFindCallersAsTheyTypeAndNobodyElse() throws Exception {
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/customers").with(httpBasic("secretary", "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"paula." + tag + "@example.com\",\"name\":\"Paula " + tag + "_x\"}"))
			.andExpect(status().isCreated());
		suggestions("secretary", "PAULA." + tag).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].email").value("paula." + tag + "@example.com"));
		suggestions("agent2", tag + "_x").andExpect(jsonPath("$.length()").value(1));
		// a wildcard is a character like any other
		suggestions("agent2", tag + "%x").andExpect(jsonPath("$.length()").value(0));
		suggestions("agent", "e").andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(10)));
		suggestions("observer", tag).andExpect(status().isForbidden());
		suggestions("specialist", tag).andExpect(status().isForbidden());
		suggestions("agent", " ").andExpect(status().isBadRequest());
		suggestions("agent", "x".repeat(101)).andExpect(status().isBadRequest());
	}

	ResultActions suggestions(String persona, String text) throws Exception {
		return mvc.perform(get("/api/customers/suggestions").param("q", text).with(httpBasic(persona, "demo")));
	}

	@Test
	void aCustomerIsReadByThoseWhoOpenTicketsOrSeeOneOfTheirTickets() throws Exception {
		String stranger = desk.customer();
		String known = tickets.ticket(desk.open("Support")).customer();
		customer("agent2", stranger).andExpect(status().isOk()).andExpect(jsonPath("$.email").value(stranger));
		customer("observer", stranger).andExpect(status().isForbidden());
		customer("manager", stranger).andExpect(status().isForbidden());
		customer("specialist", stranger).andExpect(status().isForbidden());
		customer("observer", known).andExpect(status().isOk());
		customer("specialist", known).andExpect(status().isOk());
		customer("observer", "nobody-at-all@example.com").andExpect(status().isForbidden());
		customer("agent", "nobody-at-all@example.com").andExpect(status().isNotFound());
	}

	@Test
	void aQueuesAutoResponseIsReadByThoseWhoSeeTheQueue() throws Exception {
		autoResponse("agent2", "Support").andExpect(status().isForbidden());
		autoResponse("trainee", "Billing").andExpect(status().isForbidden());
		autoResponse("agent2", "Billing").andExpect(status().isOk());
		autoResponse("trainee", "Support").andExpect(status().isOk());
		autoResponse("admin", "Sales").andExpect(status().isOk());
	}

	@Test
	void onlyPublicFaqEntriesAreSentToCustomers() {
		KnowledgeBase faq = context.getBean(KnowledgeBase.class);
		long secret = faq.create("agent", new FaqDraft("Internal", "VPN admin password?", "It is hunter2.", null, null,
				"en", FaqState.INTERNAL)).id();
		String number = desk.open("Support");
		long ticketId = tickets.idOf(number);
		long articles = count("article");
		assertThatThrownBy(() -> context.getBean(FaqAnswers.class).answer(ticketId, "agent", secret))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("faqId"));
		assertThat(count("article")).isEqualTo(articles);
		assertThat(tickets.articles(number)).noneMatch(a -> a.body().contains("hunter2"));
	}

	ResultActions article(String persona, String number, String kind, String body) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles").with(httpBasic(persona, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"" + kind + "\",\"body\":\"" + body + "\"}"));
	}

	ResultActions register(String persona) throws Exception {
		String email = "r-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		return mvc.perform(post("/api/customers").with(httpBasic(persona, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email + "\",\"name\":\"Rita\"}"));
	}

	ResultActions customer(String persona, String email) throws Exception {
		return mvc.perform(get("/api/customers").param("email", email).with(httpBasic(persona, "demo")));
	}

	ResultActions autoResponse(String persona, String queue) throws Exception {
		return mvc.perform(get("/api/admin/queues/" + queue + "/auto-responses/new_ticket").with(httpBasic(persona, "demo")));
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from ticketflow." + table, Long.class);
	}
}
