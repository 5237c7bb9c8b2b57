package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.internal.MailboxPoller;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail in over IMAP and out over SMTP, against the embedded GreenMail server, on PostgreSQL. */
@PostgresTest
class MailEndToEndTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	MailAccounts accounts;

	@Autowired
	MailboxPoller poller;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	TicketQueries tickets;

	@Autowired
	AgentArticles articles;

	@Autowired
	JdbcTemplate jdbc;

	Mailboxes mailboxes;

	Http http;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		mailboxes = new Mailboxes(server);
		http = new Http(port);
	}

	@Test
	void customerMailOpensATicketAndTheConversationStaysThreaded() throws Exception {
		String customer = Mailboxes.customer();
		String first = Mailboxes.messageId();
		mailboxes.send(Mailboxes.mail(customer, "Printer offline", "It does not print.", first, null));
		assertThat(poll()).isEqualTo(1);

		String number = ticketOf(customer);
		assertThat(tickets.ticket(number).queue()).isEqualTo("Raw");
		assertThat(tickets.articles(number)).first().satisfies(a -> {
			assertThat(a.body()).isEqualTo("It does not print.");
			assertThat(a.messageId()).isEqualTo(first);
		});
		dispatch();
		MimeMessage autoResponse = single(customer);
		assertThat(autoResponse.getSubject()).contains("[Ticket#" + number + "]");
		assertThat(autoResponse.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
		assertThat(autoResponse.getHeader("In-Reply-To")[0]).isEqualTo(first);

		articles.reply(number, "secretary", "Please check the cable.");
		dispatch();
		MimeMessage reply = mailboxes.inbox(customer).stream().filter(m -> !isAutomatic(m)).findFirst().orElseThrow();
		assertThat(reply.getSubject()).isEqualTo("[Ticket#" + number + "] Printer offline");
		assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(first);
		assertThat(reply.getHeader("References")[0]).contains(first);
		assertThat(Mailboxes.body(reply)).contains("Please check the cable.");

		mailboxes.send(Mailboxes.mail(customer, "Re: Printer offline", "The cable was loose. Thanks!",
				Mailboxes.messageId(), reply.getMessageID()));
		assertThat(poll()).isEqualTo(1);
		assertThat(tickets.articles(number)).extracting(ArticleView::body).contains("The cable was loose. Thanks!");
		assertThat(tickets.ticket(number).answered()).isFalse();
	}

	@Test
	void aMailAndItsReplyTakenInOnePollShareOneTicket() throws Exception {
		String customer = Mailboxes.customer();
		String colleague = Mailboxes.customer();
		String first = Mailboxes.messageId();
		mailboxes.send(Mailboxes.mail(customer, "Scanner jammed", "Paper stuck.", first, null));
		for (int i = 0; i < 5; i++) {
			mailboxes.send(Mailboxes.mail(Mailboxes.customer(), "Other " + i, "noise", Mailboxes.messageId(), null));
		}
		mailboxes.send(Mailboxes.mail(customer, "Re: Scanner jammed", "Still stuck.", Mailboxes.messageId(), first));
		mailboxes.send(Mailboxes.mail(colleague, "Re: Scanner jammed", "Same here.", Mailboxes.messageId(), first));
		assertThat(poll()).isEqualTo(8);
		String number = ticketOf(customer);
		assertThat(tickets.articles(number)).extracting(ArticleView::body).contains("Paper stuck.", "Still stuck.",
				"Same here.");
	}

	@Test
	void pop3MailboxesArePolledToo() throws Exception {
		String customer = Mailboxes.customer();
		mailboxes.send(Mailboxes.mail(customer, "Over POP3", "Fetched by POP3.", Mailboxes.messageId(), null));
		MailSettings.Account pop3 = new MailSettings.Account("pop3", "pop3", "127.0.0.1", server.getPop3().getPort(),
				Mailboxes.SUPPORT, Mailboxes.SUPPORT, "INBOX", "Support", false);
		assertThat(poller.poll(pop3)).isPositive();
		String number = ticketOf(customer);
		assertThat(tickets.ticket(number).queue()).isEqualTo("Support");
		assertThat(poller.poll(pop3)).as("deleted on the server once taken").isZero();
	}

	@Test
	void administratorsAddMailboxesThatAreThenPolled() throws Exception {
		String name = "pop3-" + Mailboxes.customer().substring(2, 10);
		String json = """
				{"name":"%s","protocol":"pop3","host":"127.0.0.1","port":%d,"username":"%s","password":"%s",
				 "folder":"INBOX","queue":"Billing","trusted":false}""".formatted(name, server.getPop3().getPort(),
				Mailboxes.SUPPORT, Mailboxes.SUPPORT);
		assertThat(http.post("agent", "/api/admin/mail/accounts", json).statusCode()).isEqualTo(403);
		assertThat(http.post("admin", "/api/admin/mail/accounts", json.replace("\"pop3\",\"host", "\"smtp\",\"host"))
			.statusCode()).isEqualTo(400);
		assertThat(http.post("admin", "/api/admin/mail/accounts", json).statusCode()).isEqualTo(201);
		var listed = http.get("admin", "/api/admin/mail/accounts");
		assertThat(listed.body()).contains(name).doesNotContain("password");
		assertThat(accounts.all()).extracting(MailSettings.Account::name).contains(name);
	}

	@Test
	void theSameMessageTwiceMakesOneArticle() throws Exception {
		String customer = Mailboxes.customer();
		byte[] raw = Mailboxes.mail(customer, "Twice", "Sent twice.", Mailboxes.messageId(), null);
		mailboxes.send(raw);
		mailboxes.send(raw);
		assertThat(poll()).isEqualTo(2);
		String number = ticketOf(customer);
		assertThat(tickets.articles(number)).filteredOn(a -> a.body().equals("Sent twice.")).hasSize(1);

		assertThat(ingestion.ingest(raw, "pipe", "Raw", false).outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(tickets.articles(number)).filteredOn(a -> a.body().equals("Sent twice.")).hasSize(1);
	}

	@Test
	void aCrashBetweenCommitAndDeletionLosesNothingAndDuplicatesNothing() throws Exception {
		String customer = Mailboxes.customer();
		List<byte[]> batch = List.of(
				Mailboxes.mail(customer, "One", "first", Mailboxes.messageId(), null),
				Mailboxes.mail(customer, "Two", "second", Mailboxes.messageId(), null),
				Mailboxes.mail(customer, "Three", "third", Mailboxes.messageId(), null));
		for (byte[] raw : batch) {
			mailboxes.send(raw);
		}
		// the first two were taken and committed, then the application died before deleting them on the server
		ingestion.ingest(batch.get(0), "embedded", "Raw", false);
		ingestion.ingest(batch.get(1), "embedded", "Raw", false);

		assertThat(poll()).isEqualTo(3);
		for (String subject : List.of("One", "Two", "Three")) {
			assertThat(jdbc.queryForObject("select count(*) from ticketflow.ticket t join ticketflow.customer c "
					+ "on c.id = t.customer_id where c.email = ? and t.title = ?", Long.class, customer, subject))
				.as(subject).isOne();
		}
		assertThat(poll()).isZero();
	}

	@Test
	void aMessageStaysInTheMailboxWhileTheDatabaseCannotTakeIt() throws Exception {
		String customer = Mailboxes.customer();
		mailboxes.send(Mailboxes.mail(customer, "Outage", "Waits in the mailbox.", Mailboxes.messageId(), null));
		// renaming a table takes the owner: the application's own role cannot
		JdbcTemplate owner = context.getBean(DatabaseOwner.class).jdbc();
		owner.execute("alter table ticketflow.inbound_mail rename to inbound_mail_away");
		try {
			assertThat(poll()).isZero();
		}
		finally {
			owner.execute("alter table ticketflow.inbound_mail_away rename to inbound_mail");
		}
		assertThat(poll()).isPositive();
		assertThat(tickets.articles(ticketOf(customer))).filteredOn(a -> a.senderType().code().equals("customer"))
			.extracting(ArticleView::body).containsExactly("Waits in the mailbox.");
	}

	@Test
	void outboxRetriesWhileSmtpIsDownAndDeliversOnceItIsUp() throws Exception {
		dispatch(); // what other tests left goes out first: only this ticket's message meets the broken server
		String number = new HelpDesk(context).open("Support");
		String customer = tickets.ticket(number).customer();
		articles.reply(number, "agent", "Delivered eventually.");
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(1);

		dispatcher.dispatchDue(down, Instant.now());
		dispatcher.dispatchDue(sender, Instant.now());
		assertThat(mailboxes.inbox(customer)).as("not due again yet").isEmpty();
		dispatcher.dispatchDue(sender, Instant.now().plus(Duration.ofMinutes(2)));
		dispatcher.dispatchDue(sender, Instant.now().plus(Duration.ofHours(2)));
		assertThat(mailboxes.inbox(customer)).singleElement()
			.satisfies(m -> assertThat(Mailboxes.body(m)).contains("Delivered eventually."));
	}

	@Test
	void deliveryThatKeepsFailingIsVisibleOnTheTicketAndToAdmins() throws Exception {
		dispatch(); // what other tests left goes out first: only this ticket's message meets the broken server
		String number = new HelpDesk(context).open("Support");
		articles.reply(number, "agent", "Never arrives.");
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(1);
		Instant now = Instant.now();
		for (int attempt = 0; attempt < 10; attempt++) {
			dispatcher.dispatchDue(down, now);
			now = now.plus(Duration.ofHours(2));
		}
		assertThat(tickets.history(number)).extracting(h -> h.type()).contains(HistoryType.DELIVERY_FAILED);
		var failed = http.get("admin", "/api/admin/mail/outbox?status=failed");
		assertThat(failed.statusCode()).isEqualTo(200);
		assertThat(failed.body()).contains("[Ticket#" + number + "]", "\"attempts\":10", "Connection refused")
			.doesNotContain("Exception");
	}

	@Test
	void robotsGetNoAutomaticAnswer() throws Exception {
		String robot = Mailboxes.customer();
		mailboxes.send(Mailboxes.mail(robot, "Out of office", "I am away.", Mailboxes.messageId(), null,
				"Auto-Submitted: auto-replied"));
		assertThat(poll()).isEqualTo(1);
		dispatch();
		assertThat(ticketOf(robot)).isNotNull();
		assertThat(mailboxes.inbox(robot)).isEmpty();
	}

	@Test
	void oneAddressGetsAtMostTheDailyNumberOfAutomaticAnswers() {
		String customer = Mailboxes.customer();
		for (int i = 0; i < 42; i++) {
			ingestion.ingest(Mailboxes.mail(customer, "Message " + i, "text", Mailboxes.messageId(), null), "t", "Raw", false);
		}
		assertThat(jdbc.queryForObject("select count(*) from ticketflow.outbox where recipient = ? and automatic",
				Long.class, customer)).isEqualTo(40);
	}

	@Test
	void aStrangerCannotWriteIntoSomebodyElsesTicket() {
		String number = new HelpDesk(context).open("Support");
		byte[] raw = Mailboxes.mail(Mailboxes.customer(), "Re: [Ticket#" + number + "] Printer on fire", "Let me in.",
				Mailboxes.messageId(), null);
		assertThat(ingestion.ingest(raw, "t", "Raw", false).outcome()).isEqualTo(Outcome.KEPT_INTERNAL);
		assertThat(tickets.articles(number)).filteredOn(a -> a.body().equals("Let me in."))
			.singleElement().satisfies(a -> assertThat(a.visibleForCustomer()).isFalse());
	}

	@Test
	void mailToAClosedTicketFollowsTheQueuesPolicy() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Sales");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		String customer = tickets.ticket(number).customer();
		byte[] raw = Mailboxes.mail(customer, "Re: [Ticket#" + number + "] Printer on fire", "Still broken.",
				Mailboxes.messageId(), null);
		assertThat(ingestion.ingest(raw, "t", "Raw", false).outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		dispatch();
		assertThat(mailboxes.inbox(customer)).anySatisfy(m -> assertThat(Mailboxes.body(m)).contains("is closed"));
	}

	@Test
	void unreadableMailIsQuarantinedWithItsBytesAndReason() throws Exception {
		byte[] garbage = "this is not a mail at all".getBytes();
		IngestResult result = ingestion.ingest(garbage, "t", "Raw", false);
		assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
		var list = http.get("admin", "/api/admin/mail/quarantine");
		assertThat(list.body()).contains(result.reason());
		long id = jdbc.queryForObject("select max(id) from ticketflow.inbound_mail where status = 'QUARANTINED'", Long.class);
		assertThat(http.send("admin", "GET", "/api/admin/mail/quarantine/" + id + "/raw", null, "message/rfc822").body()).isEqualTo("this is not a mail at all");
		assertThat(http.get("agent", "/api/admin/mail/quarantine").statusCode()).isEqualTo(403);
	}

	private int poll() {
		return accounts.all().stream().mapToInt(poller::poll).sum();
	}

	private void dispatch() {
		dispatcher.dispatchDue(sender, Instant.now());
	}

	private String ticketOf(String customer) {
		return Mailboxes.newestTicketOf(jdbc, customer);
	}

	private MimeMessage single(String address) throws Exception {
		List<MimeMessage> inbox = mailboxes.inbox(address);
		assertThat(inbox).hasSize(1);
		return inbox.get(0);
	}

	private static boolean isAutomatic(MimeMessage message) {
		try {
			return message.getHeader("Auto-Submitted") != null;
		}
		catch (Exception ex) {
			return false;
		}
	}
}
