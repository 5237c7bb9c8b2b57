package io.ticketflow.faq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.mail.Mailboxes;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The seed's FAQ customer: a mail with a known question is triaged, answered with the FAQ entry in one step, the
 * customer's mailbox gets the answer, and the ticket closes itself — unless the customer writes again.
 */
@PostgresTest
class FaqScenarioTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail server;

	@Autowired
	TicketTasks tasks;

	@Autowired
	TicketQueries tickets;

	@Autowired
	ManagementService management;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	HelpDesk desk;

	FaqView entry;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		entry = knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Accounts", "How do I unlock my locked account?",
				"Wait fifteen minutes, then log in again; after five wrong passwords the account locks itself.", null,
				"account locked unlock", "en", FaqState.PUBLIC));
	}

	@Test
	void faqCustomerIsAnsweredInOneStepAndTheTicketClosesItself() throws Exception {
		String customer = "faq-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = knownQuestion(customer);
		answerWithFaq(number, customer);

		management.executeJob(timer(number));
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	@Test
	void aFollowUpReopensTheFaqAnsweredTicket() throws Exception {
		String customer = "faq-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = knownQuestion(customer);
		answerWithFaq(number, customer);

		ingestion.ingest(mail(customer, "Re: [Ticket#" + number + "] locked", "Still locked after an hour."), "t", "Raw", false);
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.OPEN);
		assertThat(tasks.of(number)).extracting(t -> t.step()).contains("Task_Work");
		assertThat(management.createJobQuery().processInstanceId(process(number)).activityId("Event_PendingTimeReached")
			.count()).isZero();
	}

	private String knownQuestion(String customer) throws Exception {
		String number = ingestion.ingest(mail(customer, "Account locked", "My account is locked, how do I unlock it?"),
				"t", "Raw", false).ticket();
		desk.complete(number, "Task_Triage", "secretary", Map.of("triageAction", "route", "queue", "Support",
				"priority", "3", "ticketType", "question"));
		String task = tasks.of(number).get(0).id();
		JsonNode variables = new ObjectMapper().readTree(new Http(port).get("agent", "/engine-rest/task/" + task
				+ "/form-variables").body());
		JsonNode ticket = new ObjectMapper().readTree(variables.path("ticket").path("value").asText());
		assertThat(ticket.path("faq").findValuesAsText("id")).as("the form suggests the entry")
			.contains(String.valueOf(entry.id()));
		assertThat(ticket.path("faq").get(0).path("question").asText()).isEqualTo("How do I unlock my locked account?");
		return number;
	}

	private void answerWithFaq(String number, String customer) throws Exception {
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "faq", "faqId", entry.id()));
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.PENDING_AUTO_CLOSE);
		dispatcher.dispatchDue(sender, Instant.now());
		MimeMessage answer = new Mailboxes(server).inbox(customer).stream()
			.filter(m -> Mailboxes.subject(m).contains(number) && !Mailboxes.subject(m).contains("received"))
			.findFirst().orElseThrow();
		assertThat(Mailboxes.body(answer)).contains("Wait fifteen minutes", "Dear", "Support team");
	}

	private String timer(String number) {
		return management.createJobQuery().processInstanceId(process(number)).timers().singleResult().getId();
	}

	private String process(String number) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
	}

	private static byte[] mail(String from, String subject, String body) {
		return ("From: " + from + "\r\nTo: support@localhost\r\nSubject: " + subject + "\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@example.com>\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
	}
}
