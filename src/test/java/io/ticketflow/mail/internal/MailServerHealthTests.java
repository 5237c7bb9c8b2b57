package io.ticketflow.mail.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.ticket.TicketQueries;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The health says whether the mail servers work, as the help desk met them: a mailbox that cannot be read, or a
 * sending server that cannot be reached, puts the component {@code mail} down — with the reason for administrators
 * alone — until it works again, and keeps the node ready: mail trouble is no reason to take it from the load balancer.
 */
@TicketflowTest
class MailServerHealthTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailboxPoller poller;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail server;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Test
	void aMailboxThatCannotBeReadIsDownForAdministratorsToSeeUntilItIsReadAgain() throws Exception {
		String mailbox = "health-" + UUID.randomUUID().toString().substring(0, 8);
		poller.poll(account(mailbox, closedPort()));

		mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo"))).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.components.mail.status").value("DOWN"))
			.andExpect(jsonPath("$.components.mail.details.mailboxes." + mailbox,
					allOf(containsString("failed at"), containsString("Connection refused"))))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN")).andExpect(content().string(not(containsString("mail"))));
		mvc.perform(get("/actuator/health").with(httpBasic("agent", "demo"))).andExpect(status().isServiceUnavailable())
			.andExpect(content().string(not(containsString("Connection refused"))));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		server.setUser(mailbox + "@localhost", mailbox + "@localhost", mailbox + "@localhost");
		poller.poll(account(mailbox, server.getImap().getPort()));
		mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.components.mail.status").value("UP"))
			.andExpect(jsonPath("$.components.mail.details.mailboxes." + mailbox, containsString("read at")));
	}

	@Test
	void aSendingServerThatCannotBeReachedIsDownUntilItTakesMailAgain() throws Exception {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		Instant now = Instant.now();
		outbox.save(new OutboxMessage(ticket, null, "support@localhost", "health@example.com", "Health", "Hello.",
				"<" + UUID.randomUUID() + "@ticketflow.localhost>", null, null, false, now));
		JavaMailSenderImpl away = new JavaMailSenderImpl();
		away.setHost("127.0.0.1");
		away.setPort(closedPort());
		dispatcher.dispatchDue(away, now);

		mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo"))).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.components.mail.details.sending",
					allOf(containsString("failed at"), containsString("Connection refused"))));

		dispatcher.dispatchDue(sender, now.plus(Duration.ofHours(1)));
		mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.components.mail.details.sending", containsString("sent at")));
	}

	/** A mailbox of its own, its address its login and password. */
	private static MailSettings.Account account(String name, int port) {
		String address = name + "@localhost";
		return new MailSettings.Account(name, "imap", "127.0.0.1", port, address, address, MailSettings.Account.INBOX,
				"Raw", false);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			return free.getLocalPort();
		}
	}
}
