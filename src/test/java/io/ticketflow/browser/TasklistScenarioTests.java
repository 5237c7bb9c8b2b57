package io.ticketflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.Mailboxes;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.process.Directory;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.shared.Language;
import io.ticketflow.sla.DeadlinesMoved;
import io.ticketflow.sla.Escalations;
import io.ticketflow.sla.ServiceLevelReport;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.HelpDeskFigures;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.SensitiveCustomers;
import io.ticketflow.ticket.TicketFigures;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's scenarios clicked through Tasklist and Cockpit by each persona; screenshots land in target/browser.
 */
@PostgresTest
class TasklistScenarioTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail server;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TicketTasks tasks;

	@Autowired
	TicketFigures figures;

	String base;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		base = "http://localhost:" + port;
	}

	/** What the customer and the agent write in the universal scenario, in each language it is played in. */
	record Universal(String title, String body, String note, String reply, String answer) {

		static Universal in(String locale) {
			return locale.startsWith("ru")
					? new Universal("Не работает интернет", "С утра ничего не грузится.",
							"Спросил сетевиков, не упала ли линия.",
							"Перезагрузите, пожалуйста, роутер и напишите, помогло ли.", "Всё снова работает, спасибо!")
					: new Universal("Internet down", "Since this morning nothing loads.",
							"Asked the network team whether the line is down.",
							"Please restart the router and tell us if it helps.", "It works again, thanks!");
		}
	}

	/** In Russian, by people whose browser asks for Russian and a customer who writes it; then the same in English. */
	@ParameterizedTest
	@ValueSource(strings = { "ru-RU", "en-US" })
	void universalScenarioFromMailToClose(String locale) throws Exception {
		Universal words = Universal.in(locale);
		String customer = "u-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String first = "<" + UUID.randomUUID() + "@example.com>";
		String number = mail(customer, words.title(), words.body(), first, null);

		assertThat(BrowserScenario.run("universal.mjs", base, number, "reply", locale))
			.contains("reply clicked through in " + locale);
		// the help desk's mails to the agent follow the language the webapps spoke to them
		assertThat(context.getBean(Directory.class).languageOf("agent"))
			.contains(locale.startsWith("ru") ? Language.RU : Language.EN);
		dispatcher.dispatchDue(sender, Instant.now());
		MimeMessage reply = new Mailboxes(server).inbox(customer).stream()
			.filter(m -> Mailboxes.body(m).contains(words.reply())).findFirst().orElseThrow();
		assertThat(reply.getSubject()).contains("[Ticket#" + number + "]");

		assertThat(tickets.articles(number)).anySatisfy(a -> {
			assertThat(a.body()).isEqualTo(words.note());
			assertThat(a.visibleForCustomer()).isFalse();
		});
		assertThat(new Mailboxes(server).inbox(customer).stream().map(Mailboxes::body))
			.noneMatch(b -> b.contains(words.note()));

		mail(customer, "Re: " + words.title(), words.answer(), "<" + UUID.randomUUID() + "@example.com>",
				reply.getHeader("Message-ID")[0]);
		assertThat(BrowserScenario.run("universal.mjs", base, number, "close", locale))
			.contains("close clicked through in " + locale);
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(number).priority()).isEqualTo(4);
	}

	@Test
	void consultationsReturnStepByStepAndTheCustomerNeverSeesInternalNotes() throws Exception {
		String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = mail(customer, "Computer dead", "It does not start.", "<" + UUID.randomUUID() + "@example.com>", null);
		new HelpDesk(context).complete(number, "Task_Triage", "secretary", java.util.Map.of("triageAction", "route",
				"queue", "Support", "priority", "3", "ticketType", "incident"));

		BrowserScenario.run("consultation.mjs", base, number);

		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.history(number)).extracting(h -> h.detail()).contains("agent asks specialist",
				"specialist passes to specialist2", "specialist2 returns to specialist", "specialist returns to agent",
				"authorizer approved");
		dispatcher.dispatchDue(sender, Instant.now());
		java.util.List<String> mailbox = new Mailboxes(server).inbox(customer).stream().map(Mailboxes::body).toList();
		assertThat(mailbox).anySatisfy(b -> assertThat(b).contains("replace your power supply free of charge"));
		assertThat(String.join("\n", mailbox)).doesNotContain("capacitor", "asking a colleague", "warranty budget");
	}

	@Test
	void traineesReplyReachesTheCustomerOnlyAfterReview() throws Exception {
		String customer = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String number = mail(customer, "Router blinks", "All lights blink red.", "<" + UUID.randomUUID() + "@example.com>", null);
		new HelpDesk(context).complete(number, "Task_Triage", "secretary", java.util.Map.of("triageAction", "route",
				"queue", "Support", "priority", "3", "ticketType", "incident"));

		BrowserScenario.run("trainee.mjs", base, number, "reply");
		dispatcher.dispatchDue(sender, Instant.now());
		assertThat(new Mailboxes(server).inbox(customer).stream().map(Mailboxes::body)).noneMatch(b -> b.contains("restart"));

		BrowserScenario.run("trainee.mjs", base, number, "review");
		dispatcher.dispatchDue(sender, Instant.now());
		assertThat(new Mailboxes(server).inbox(customer).stream().map(Mailboxes::body).filter(b -> b.contains("restart")))
			.singleElement()
			.satisfies(b -> assertThat(b).contains("Please restart the device").doesNotContain("lol"));
	}

	@Test
	void observerSeesTheTicketButCannotChangeIt() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int history = tickets.history(number).size();
		// a ticket someone suspended in Cockpit: Tasklist lists it nowhere, so no count counts it
		RuntimeService runtime = context.getBean(RuntimeService.class);
		String suspended = context.getBean(TaskService.class).createTaskQuery()
			.taskId(tasks.of(new HelpDesk(context).open("Support")).get(0).id()).singleResult().getProcessInstanceId();
		runtime.suspendProcessInstanceById(suspended);
		try {
			BrowserScenario.run("observer.mjs", base, number);
		}
		finally {
			runtime.activateProcessInstanceById(suspended);
		}
		assertThat(tasks.of(number)).singleElement().satisfies(t -> assertThat(t.assignee()).isNull());
		assertThat(tickets.history(number)).hasSize(history);
	}

	@Test
	void secretaryOpensATicketByPhoneInTasklist() throws Exception {
		String caller = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String work = tasks.of(new HelpDesk(context).open("Support")).get(0).id();
		String output = BrowserScenario.run("phone.mjs", base, caller, work);
		java.util.regex.Matcher opened = java.util.regex.Pattern.compile("opened (\\d{16,20})").matcher(output);
		assertThat(opened.find()).as(output).isTrue();
		String number = opened.group(1);
		assertThat(tickets.ticket(number).customer()).isEqualTo(caller);
		assertThat(tickets.ticket(number).priority()).isEqualTo(4);
		assertThat(tickets.articles(number)).first().satisfies(a -> {
			assertThat(a.channel()).isEqualTo(io.ticketflow.ticket.Channel.PHONE);
			assertThat(a.body()).isEqualTo("The scanner on floor 2 jams on every page.");
		});
		assertThat(tasks.of(number)).singleElement().satisfies(t -> assertThat(t.step()).isEqualTo("Task_Triage"));
		java.util.regex.Matcher took = java.util.regex.Pattern.compile("agent took (\\d{16,20})").matcher(output);
		assertThat(took.find()).as(output).isTrue();
		assertThat(tickets.ticket(took.group(1))).satisfies(t -> {
			assertThat(t.customer()).isEqualTo(caller);
			assertThat(t.owner()).isEqualTo("agent");
			assertThat(t.responsible()).isEqualTo("agent");
		});
		assertThat(tasks.of(took.group(1))).singleElement().satisfies(t -> assertThat(t.assignee()).isEqualTo("agent"));
	}

	@Test
	void anAgentSeesTheirTicketsPendingOnesTooSortedInTheTicketsView() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		TicketOpening opening = context.getBean(TicketOpening.class);
		String customer = desk.customer();
		java.util.function.IntFunction<String> open = priority -> opening.open(new OpenTicket(customer,
				"Invoice, priority " + priority, "Please check.", "Billing", priority, null), "agent2").number();
		String low = open.apply(2);
		String high = open.apply(5);
		String pending = open.apply(3);
		desk.complete(pending, "Task_Work", "agent2", java.util.Map.of("workAction", "pending", "pendingType",
				"reminder", "pendingUntil", java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString()));

		// a Russian mail in KOI8-R, found by a word of it in another form from the header's search box
		java.nio.charset.Charset koi8 = java.nio.charset.Charset.forName("KOI8-R");
		byte[] raw = ("From: " + desk.customer() + "\r\nTo: support@localhost\r\nSubject: =?koi8-r?B?"
				+ java.util.Base64.getEncoder().encodeToString("Документы за ноябрь".getBytes(koi8))
				+ "?=\r\nMessage-ID: <" + UUID.randomUUID() + "@example.ru>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ "Добрый день! Накладные за ноябрь так и не пришли.\r\n").getBytes(koi8);
		String found = ingestion.ingest(raw, "browser", "Billing", false).ticket();

		String output = BrowserScenario.run("tickets-view.mjs", base, low, high, pending, found);
		assertThat(output).contains("tickets view:");
		assertThat(tickets.ticket(low).state()).as("closed in the bulk action").isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(high).state()).as("closed in the bulk action").isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(found).state()).as("closed with the reply").isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		// the reply written from the standard response, the customer's mail quoted below it, reached the customer's
		// mailbox with its file
		dispatcher.dispatchDue(sender, java.time.Instant.now());
		String writer = tickets.ticket(found).customer();
		// (besides the automatic answers, which carry no file)
		assertThat(new Mailboxes(server).inbox(writer)).filteredOn(mail -> Mailboxes.body(mail).contains("nakladnaya.pdf"))
			.as("the customer's mail with the file").singleElement().satisfies(mail -> {
				assertThat(mail.getContentType()).startsWith("multipart/mixed");
				jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
				assertThat(parts.getCount()).isEqualTo(2);
				assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("nakladnaya.pdf");
				Object text = parts.getBodyPart(0).getContent();
				while (text instanceof jakarta.mail.Multipart alternatives) { // plain text first, then HTML
					text = alternatives.getBodyPart(0).getContent();
				}
				assertThat(text).asString()
					.contains("Мы работаем над вашим обращением " + found, "Bea Agent",
							"> Добрый день! Накладные за ноябрь так и не пришли.");
			});
	}

	@Test
	void theWebappsSpeakTheBrowsersLanguage() throws Exception {
		new HelpDesk(context).open("Support");
		assertThat(BrowserScenario.run("languages.mjs", base)).contains("languages: ru, en");
	}

	@Test
	void aTicketWithHundredsOfArticlesOpensAPageAtATime() throws Exception {
		String number = new HelpDesk(context).open("Support");
		AgentArticles articles = context.getBean(AgentArticles.class);
		for (int i = 1; i < 300; i++) {
			articles.note(number, "agent", "Note " + i);
		}
		assertThat(tickets.articles(number)).hasSize(300);
		BrowserScenario.run("long-ticket.mjs", base, number, 300);
	}

	/**
	 * The figures of the Tasklist load benchmark (TasklistLoadBenchmark, with 10,000 open tickets) taken here on the
	 * suite's tickets: an agent logs in, opens tasks and switches filters, and each wait ends with what it waits for.
	 */
	@Test
	void anAgentsWaitsInTasklistAreTimed() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		// the agent's own ticket, in the filter Tasklist opens with, and one of the agent's queue
		context.getBean(TicketOpening.class).open(new OpenTicket(desk.customer(), "Timed", "Please call back.",
				"Support", 3, null), "agent");
		desk.open("Support");
		String output = BrowserScenario.run("load-times.mjs", base, "agent", 1);
		for (String figure : new String[] { "login → first card", "login → its ticket line", "open a task",
				"switch filters" }) {
			assertThat(output).as(output).containsPattern(java.util.regex.Pattern.quote(figure)
					+ ": median \\d+ ms, p95 \\d+ ms \\(\\d+( \\d+)*\\)");
		}
	}

	@Test
	void managerSeesTheFiguresOfWhatJustHappened() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		HelpDeskFigures before = figures.of(14, "manager");
		HelpDeskFigures.Day todayBefore = before.days().get(before.days().size() - 1);
		String worked = desk.open("Support");
		desk.complete(worked, "Task_Work", "agent", java.util.Map.of("workAction", "reply", "body", "Looking into it."));
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "reply", "body", "Fixed it."));
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "close", "resolution", "successful"));
		HelpDeskFigures now = figures.of(14, "manager");
		HelpDeskFigures.Day today = now.days().get(now.days().size() - 1);
		String expected = "{\"open\":%d,\"unanswered\":%d,\"createdToday\":%d,\"closedToday\":%d}".formatted(
				now.open().stream().mapToLong(HelpDeskFigures.OpenCount::tickets).sum(), now.unanswered(),
				today.created(), today.closed());
		assertThat(today.created()).as("opened just now").isEqualTo(todayBefore.created() + 2);
		assertThat(today.closed()).as("closed just now").isEqualTo(todayBefore.closed() + 1);
		assertThat(now.unanswered()).as("the one replied to is answered").isEqualTo(before.unanswered());

		BrowserScenario.run("manager.mjs", base, number, expected);
	}

	@Test
	void theAgentFindsTheEscalatedTicketAndTheManagerTheServiceLevelFigures() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		desk.queueWithServiceLevel("Escalating", "One hour", 60);
		String number = desk.open("Escalating");
		long id = tickets.idOf(number);
		desk.firstResponseOverdue(number);
		context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
			context.getBean(Escalations.class).escalate(id);
			context.publishEvent(new DeadlinesMoved(id, number));
		});
		long escalatedNow = context.getBean(ServiceLevelReport.class).figures("manager", 14).escalatedNow();
		assertThat(escalatedNow).isPositive();

		BrowserScenario.run("escalation.mjs", base, number, "Escalating", String.valueOf(escalatedNow));
	}

	@Test
	void repliesOfATraineeAndAJuniorAgentToASensitiveCustomerWaitForASenior() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		String customer = desk.customer();
		TicketOpening opening = context.getBean(TicketOpening.class);
		String support = opening.open(new OpenTicket(customer, "Again!", "Third time I write.", "Support", 3, null),
				"secretary").number();
		String billing = opening.open(new OpenTicket(customer, "Wrong invoice", "Fix it today.", "Billing", 3, null),
				"secretary").number();
		context.getBean(SensitiveCustomers.class).markCustomer("admin", customer, true);

		BrowserScenario.run("sensitive.mjs", base, support, billing);
		for (String number : List.of(support, billing)) {
			assertThat(tickets.history(number)).as(number)
				.anyMatch(h -> h.type() == HistoryType.REPLY_HELD_FOR_REVIEW);
			assertThat(tickets.articles(number)).as("nothing reached the customer")
				.noneMatch(a -> a.visibleForCustomer() && a.body().contains("fixed today"));
		}
	}

	private static String encoded(String subject) {
		try {
			return MimeUtility.encodeText(subject, "UTF-8", "B");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String mail(String from, String subject, String body, String messageId, String inReplyTo) {
		String raw = "From: " + from + "\r\nTo: support@localhost\r\nSubject: " + encoded(subject) + "\r\nMessage-ID: "
				+ messageId + "\r\n" + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n")
				+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ body + "\r\n";
		return ingestion.ingest(raw.getBytes(StandardCharsets.UTF_8), "browser", "Raw", false).ticket();
	}
}
