package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.PoisonMail.Poison;
import io.ticketflow.mail.internal.MailboxPoller;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One bad message never stops the mailbox, on every database and through every door: each poisonous message ends
 * in a ticket or in the quarantine with its reason, and a good mail sent after them lands in the same poll.
 */
abstract class PoisonMailContract {

	enum Door {
		IMAP, POP3, PIPE
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	MailAccounts accounts;

	@Autowired
	MailboxPoller poller;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void setUp() throws Exception {
		new HelpDesk(context);
		server.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void leaveTheMailboxEmpty() throws Exception {
		server.purgeEmailFromAllMailboxes();
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	@Timeout(120)
	void everyPoisonousMessageEndsInATicketOrInTheQuarantineAndGoodMailStillLands(Door door) throws Exception {
		List<Poison> corpus = PoisonMail.corpus();
		String customer = Mailboxes.customer();
		byte[] good = PoisonMail.good(customer, "After the poison via " + door);

		if (door == Door.PIPE) {
			for (Poison poison : corpus) {
				assertTakenThroughThePipe(poison);
			}
			assertThat(pipe(good).getResponse().getStatus()).isEqualTo(201);
		}
		else {
			for (Poison poison : corpus) {
				deliver(poison.raw());
			}
			deliver(good);
			assertThat(poll(door)).as("taken in one poll").isEqualTo(corpus.size() + 1);
			assertThat(server.getReceivedMessages()).as("nothing left in the mailbox").isEmpty();
		}
		assertThat(Mailboxes.newestTicketOf(jdbc, customer)).as("the good mail's ticket").isNotNull();
		for (Poison poison : corpus) {
			assertKeptWithItsFate(poison, door);
		}
		assertThat(jdbc.queryForObject("select count(*) from ticketflow.inbound_mail where status = 'RECEIVED' "
				+ "or (status = 'QUARANTINED' and (reason is null or reason = '')) "
				+ "or (status = 'PROCESSED' and ticket_number is null)", Long.class)).isZero();
	}

	@Test
	void overLongHeadersAreShortenedInTheTicketAndKeptWholeInTheRawMessage() throws Exception {
		String id = Mailboxes.customer().substring(2, 10);
		Poison recipients = PoisonMail.manyRecipients(id);
		ArticleView many = tickets.articles(ticketThroughThePipe(recipients)).get(0);
		assertThat(many.to()).startsWith("support@localhost, r0-" + id + "@example.com, r1-").endsWith(" more)");
		assertThat(many.to().length()).isLessThanOrEqualTo(4000);

		Poison subject = PoisonMail.megabyteSubject(id);
		String number = ticketThroughThePipe(subject);
		assertThat(tickets.ticket(number).title()).startsWith("Long Long").hasSizeLessThanOrEqualTo(255);
		assertThat(tickets.articles(number).get(0).subject()).startsWith("Long Long").hasSizeLessThanOrEqualTo(2000);
	}

	/** Opens a ticket and keeps the message whole; returns the ticket's number. */
	private String ticketThroughThePipe(Poison poison) throws Exception {
		JsonNode result = json.readTree(pipe(poison.raw()).getResponse().getContentAsString());
		assertThat(result.get("outcome").asText()).as(poison.name()).isEqualTo("new_ticket");
		String number = result.get("ticket").asText();
		assertThat(jdbc.queryForObject("select size_bytes from ticketflow.inbound_mail where ticket_number = ?",
				Long.class, number)).isEqualTo(poison.raw().length);
		return number;
	}

	@Test
	void aBrokenSenderAddressStillOpensATicketForTheSender() throws Exception {
		String id = Mailboxes.customer().substring(2, 10);
		for (String name : List.of("from-missing-bracket", "from-stray-bracket", "from-encoded-crlf")) {
			JsonNode result = json.readTree(pipe(PoisonMail.file(name, id).raw()).getResponse().getContentAsString());
			assertThat(result.get("outcome").asText()).as(name).isIn("new_ticket", "follow_up");
			assertThat(tickets.ticket(result.get("ticket").asText()).customer()).isEqualTo("bob-" + id + "@example.com");
			assertThat(tickets.ticket(result.get("ticket").asText()).title()).doesNotContain("\r", "\n");
		}
	}

	@Test
	void theQuarantineShowsTheMessageIdOfAnUnreadableMail() throws Exception {
		String messageId = Mailboxes.messageId();
		byte[] noSender = ("To: support@localhost\r\nSubject: Who am I\r\nMessage-ID: " + messageId
				+ "\r\n\r\nNobody sent this.\r\n").getBytes(StandardCharsets.US_ASCII);
		assertThat(pipe(noSender).getResponse().getStatus()).isEqualTo(202);
		JsonNode quarantine = json.readTree(mvc.perform(get("/api/admin/mail/quarantine").with(httpBasic("admin", "demo")))
			.andReturn().getResponse().getContentAsString());
		assertThat(quarantine.findValuesAsText("messageId")).contains(messageId);
	}

	/**
	 * The same unreadable message several times in one poll, taken side by side: it is kept once in the quarantine,
	 * and no copy stops the mailbox because another copy was kept at the same moment.
	 */
	@Test
	void copiesOfOneUnreadableMessageTakenAtOnceAreKeptOnce() throws Exception {
		byte[] noHeaders = ("\r\nNot a mail at all " + Mailboxes.messageId() + "\r\n").getBytes(StandardCharsets.US_ASCII);
		MailIngestion ingestion = context.getBean(MailIngestion.class);
		int copies = 6;
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(copies);
		java.util.concurrent.ExecutorService takers = java.util.concurrent.Executors.newFixedThreadPool(copies);
		try {
			List<java.util.concurrent.Future<IngestResult>> taken = new java.util.ArrayList<>();
			for (int copy = 0; copy < copies; copy++) {
				taken.add(takers.submit(() -> {
					together.await();
					return ingestion.ingest(noHeaders, "copies", null, false);
				}));
			}
			for (java.util.concurrent.Future<IngestResult> result : taken) {
				assertThat(result.get().outcome()).isEqualTo(IngestResult.Outcome.QUARANTINED);
			}
		}
		finally {
			takers.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from ticketflow.inbound_mail where source = 'copies'",
				Integer.class)).isOne();
	}

	private void assertTakenThroughThePipe(Poison poison) throws Exception {
		MvcResult result = pipe(poison.raw());
		assertThat(result.getResponse().getStatus()).as(poison.name()).isIn(201, 202);
		JsonNode body = json.readTree(result.getResponse().getContentAsString());
		assertThat(body.get("outcome").asText()).as(poison.name()).isIn("new_ticket", "follow_up", "kept_internal",
				"quarantined");
	}

	/** The message is kept byte for byte, and it is in a ticket or quarantined with a reason. */
	private void assertKeptWithItsFate(Poison poison, Door door) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select status, reason, ticket_number from ticketflow.inbound_mail where sha256 = ?", sha256(poison.raw()));
		if (door != Door.PIPE && !poison.isMail() && rows.isEmpty()) {
			return; // bytes that are no mail are not handed out by a mail server as they were put in
		}
		assertThat(rows).as(poison.name()).singleElement().satisfies(row -> {
			if ("PROCESSED".equals(row.get("status"))) {
				assertThat(tickets.exists((String) row.get("ticket_number"))).isTrue();
			}
			else {
				assertThat(row.get("status")).isEqualTo("QUARANTINED");
				assertThat((String) row.get("reason")).isNotBlank();
			}
		});
	}

	private MvcResult pipe(byte[] raw) throws Exception {
		return mvc.perform(post("/api/mail/inbound").contentType("message/rfc822").content(raw)
			.with(httpBasic("admin", "demo"))).andReturn();
	}

	private void deliver(byte[] raw) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
		server.getUserManager().getUser(Mailboxes.SUPPORT).deliver(message);
	}

	private int poll(Door door) {
		Account imap = accounts.all().stream().filter(a -> a.name().equals("embedded")).findFirst().orElseThrow();
		Account account = door == Door.IMAP ? imap
				: new Account("poison-pop3", "pop3", "127.0.0.1", server.getPop3().getPort(), Mailboxes.SUPPORT,
						Mailboxes.SUPPORT, "INBOX", "Raw", false);
		return poller.poll(account);
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
