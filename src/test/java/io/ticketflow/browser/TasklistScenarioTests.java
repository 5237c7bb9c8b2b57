package io.ticketflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** The seed's scenarios clicked through Tasklist by each persona; screenshots land in target/browser. */
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

	String base;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		base = "http://localhost:" + port;
	}

	@Test
	void universalScenarioFromMailToClose() throws Exception {
		String customer = "u-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String first = "<" + UUID.randomUUID() + "@example.com>";
		String number = mail(customer, "Internet down", "Since this morning nothing loads.", first, null);

		BrowserScenario.run("universal.mjs", base, number, "reply");
		dispatcher.dispatchDue(sender, Instant.now());
		Message reply = Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, customer))
			.filter(m -> body(m).contains("restart the router")).findFirst().orElseThrow();
		assertThat(reply.getSubject()).contains("[Ticket#" + number + "]");

		mail(customer, "Re: Internet down", "It works again, thanks!", "<" + UUID.randomUUID() + "@example.com>",
				reply.getHeader("Message-ID")[0]);
		BrowserScenario.run("universal.mjs", base, number, "close");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(number).priority()).isEqualTo(4);
	}

	@Test
	void observerSeesTheTicketButCannotChangeIt() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int history = tickets.history(number).size();
		BrowserScenario.run("observer.mjs", base, number);
		assertThat(tasks.of(number)).singleElement().satisfies(t -> assertThat(t.assignee()).isNull());
		assertThat(tickets.history(number)).hasSize(history);
	}

	private String mail(String from, String subject, String body, String messageId, String inReplyTo) {
		String raw = "From: " + from + "\r\nTo: support@localhost\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
				+ "\r\n" + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n") + "\r\n" + body + "\r\n";
		return ingestion.ingest(raw.getBytes(StandardCharsets.UTF_8), "browser", "Raw", false).ticket();
	}

	private static boolean to(Message message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String body(Message message) {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			message.getDataHandler().writeTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			return "";
		}
	}
}
