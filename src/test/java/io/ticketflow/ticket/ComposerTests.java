package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * OTRS's reply composer: the reply starts from the customer's mail quoted, to the customer with the others in copy;
 * the agent may address it elsewhere and give it a subject; and the ticket's next state goes with it in one step, or
 * nothing is written.
 */
@TicketflowTest
class ComposerTests {

	/** The address of the test's own queue, which a reply-all never copies. */
	static final String DESK = "composer-desk@example.net";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		if (!context.getBean(Queues.class).exists("Composer")) {
			context.getBean(Queues.class).create(Actors.SYSTEM,
					new QueueView("Composer", "queue-support", FollowUpPolicy.REOPEN, DESK));
		}
	}

	@Test
	void aReplyStartsFromTheCustomersMailQuotedToTheCustomerWithTheOthersInCopy() throws Exception {
		String customer = "quoted-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = mail(customer, "Ivan Quoted", "Cc: Colleague <colleague@example.org>, " + DESK + ", Support <SUPPORT@localhost>", "Printer jam",
				"The printer jams.\n\nOn every page.", null);

		JsonNode draft = draft(number, "agent", "");
		assertThat(draft.get("to")).extracting(JsonNode::asText).containsExactly(customer);
		assertThat(draft.get("cc")).as("the others the mail went to, not the help desk (a queue's address, the sender of its mail), not the customer")
			.extracting(JsonNode::asText).containsExactly("colleague@example.org");
		assertThat(draft.get("subject").asText()).isEqualTo("[Ticket#" + number + "] Printer jam");
		assertThat(draft.get("body").asText()).matches("(?s)On \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, Ivan Quoted <"
				+ customer.replace(".", "\\.") + "> wrote:\n> The printer jams\\.\n>\n> On every page\\.\n");
		assertThat(draft.get("quoted").asLong()).isEqualTo(tickets.articles(number).get(0).id());
	}

	@Test
	void aRussianCustomersMailIsQuotedInRussian() throws Exception {
		String customer = "ru-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = mail(customer, "Иван Петров", null, "Принтер", "Принтер не печатает.", "ru");
		assertThat(draft(number, "agent", "").get("body").asText()).contains("Иван Петров <" + customer + "> пишет:")
			.contains("> Принтер не печатает.");
	}

	@Test
	void onlyWhatTheCustomerSawIsQuotedAndOnlyForThoseWhoSeeTheTicket() throws Exception {
		String number = new HelpDesk(context).open("Support");
		long note = context.getBean(AgentArticles.class).note(number, "agent", "Internal: the customer is rude.").id();
		mvc.perform(get("/api/tickets/" + number + "/articles/reply-draft").param("article", String.valueOf(note))
			.with(httpBasic("agent", "demo"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("article"));
		String billing = new HelpDesk(context).open("Billing");
		mvc.perform(get("/api/tickets/" + billing + "/articles/reply-draft").with(httpBasic("trainee", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReplyGoesWhereTheAgentAddressedItUnderTheSubjectGivenWithTheTicketsTag() throws Exception {
		String number = new HelpDesk(context).open("Support");
		reply(number, "agent", ", \"to\": [\"accounts@example.org\"], \"subject\": \"Your invoice\"")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.to").value("accounts@example.org"))
			.andExpect(jsonPath("$.subject").value("[Ticket#" + number + "] Your invoice"));
		reply(number, "agent", ", \"subject\": \"RE: [ticket#" + number + "] as before\"")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.subject").value("RE: [ticket#" + number + "] as before"))
			.andExpect(jsonPath("$.to").value(tickets.ticket(number).customer()));
	}

	@Test
	void badAddressingIsRefusedWithItsFieldAndNothingIsWritten() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int before = tickets.articles(number).size();
		reply(number, "agent", ", \"subject\": \"Two\\nlines\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("subject"));
		reply(number, "agent", ", \"to\": [\"nobody\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to[0]"));
		write(number, "agent", "note", ", \"subject\": \"A note\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("subject"));
		write(number, "agent", "note", ", \"to\": [\"a@example.org\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to"));
		write(number, "agent", "note", ", \"nextState\": \"closedSuccessful\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("nextState"));
		reply(number, "agent", ", \"nextState\": \"asleep\"").andExpect(status().isBadRequest());
		// a trainee's reply is reviewed as written to the customer, under the ticket's subject
		reply(number, "trainee", ", \"to\": [\"a@example.org\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to"));
		reply(number, "trainee", ", \"subject\": \"Mine\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("subject"));
		assertThat(tickets.articles(number)).hasSize(before);
	}

	@Test
	void aReplyClosesTheTicketInTheSameStep() throws Exception {
		String number = new HelpDesk(context).open("Support");
		reply(number, "agent", ", \"nextState\": \"closedSuccessful\"").andExpect(status().isCreated());
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(number).answered()).isTrue();
	}

	@Test
	void aReplyWithFilesSetsTheTicketPendingInTheSameStep() throws Exception {
		String number = new HelpDesk(context).open("Support");
		String until = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		mvc.perform(multipart("/api/tickets/" + number + "/articles")
			.file(new MockMultipartFile("files", "offer.pdf", "application/pdf", "%PDF".getBytes()))
			.param("kind", "reply").param("body", "The offer is attached; tell us when you decided.")
			.param("nextState", "pendingReminder").param("pendingUntil", until).param("subject", "Your offer")
			.with(httpBasic("agent", "demo")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.attachments[0].filename").value("offer.pdf"))
			.andExpect(jsonPath("$.subject").value("[Ticket#" + number + "] Your offer"));
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.PENDING_REMINDER);
	}

	@Test
	void whenTheNextStateCannotBeTakenTheReplyIsNotSentEither() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int before = tickets.articles(number).size();
		reply(number, "agent", ", \"nextState\": \"pendingAutoClose\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("pendingUntil"));
		reply(number, "agent", ", \"pendingUntil\": \"2030-01-01T00:00:00Z\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("pendingUntil"));
		reply(number, "agent", ", \"nextState\": \"pendingReminder\", \"pendingUntil\": \"tomorrow\"")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("pendingUntil"));
		// a trainee's reply waits for review: the reviewer, not the trainee, decides what follows
		reply(number, "trainee", ", \"nextState\": \"closedSuccessful\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("nextState"));
		// a ticket that waits for triage has no work step to take
		String triage = new HelpDesk(context).open(null);
		int triageBefore = tickets.articles(triage).size();
		reply(triage, "admin", ", \"nextState\": \"closedSuccessful\"").andExpect(status().isConflict());
		assertThat(tickets.articles(number)).hasSize(before);
		assertThat(tickets.articles(triage)).hasSize(triageBefore);
		assertThat(tickets.ticket(number).state()).isNotEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	private String mail(String from, String name, String cc, String subject, String body, String language)
			throws Exception {
		String raw = "From: " + name + " <" + from + ">\r\nTo: " + DESK + "\r\n" + (cc == null ? "" : cc + "\r\n")
				+ "Subject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID() + "@composer.example>\r\n"
				+ (language == null ? "" : "Content-Language: " + language + "\r\n")
				+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ body.replace("\n", "\r\n") + "\r\n";
		String answer = mvc.perform(post("/api/mail/inbound").param("queue", "Composer").contentType("message/rfc822")
			.content(raw.getBytes(StandardCharsets.UTF_8)).with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(answer).get("ticket").asText();
	}

	private JsonNode draft(String number, String user, String query) throws Exception {
		return json.readTree(mvc.perform(get("/api/tickets/" + number + "/articles/reply-draft" + query)
			.with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private ResultActions reply(String number, String user, String more) throws Exception {
		return write(number, user, "reply", more);
	}

	private ResultActions write(String number, String user, String kind, String more) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"" + kind + "\", \"body\": \"Here is what we found.\"" + more + "}")
			.with(httpBasic(user, "demo")));
	}
}
