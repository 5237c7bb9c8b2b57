package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.mail.internal.MailboxPoller;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mailboxes over TLS: IMAPS and POP3S against a GreenMail server with a self-signed certificate, which the test
 * configuration trusts for 127.0.0.1 only ({@code ticketflow.mail.tls-trust}).
 */
@TicketflowTest
class MailTlsTests {

	static final String MAILBOX = "support@tls.test";

	static GreenMail tls;

	@Autowired
	MailboxPoller poller;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	GreenMailUser support;

	@BeforeAll
	static void startServer() {
		tls = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS).dynamicPort(),
				new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S).dynamicPort() })
			.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "secret"));
		tls.start();
	}

	@AfterAll
	static void stopServer() {
		tls.stop();
	}

	@BeforeEach
	void setUp() throws Exception {
		new HelpDesk(context);
		support = tls.getUserManager().getUser(MAILBOX);
		tls.purgeEmailFromAllMailboxes();
	}

	@Test
	void imapsMailboxesArePolled() throws Exception {
		String customer = deliver("Over IMAPS", "Read through TLS.");
		assertThat(poller.poll(account("imaps", "127.0.0.1", tls.getImaps().getPort()))).isEqualTo(1);
		assertThat(tickets.articles(ticketOf(customer))).first().extracting(ArticleView::body)
			.isEqualTo("Read through TLS.");
		assertThat(tls.getReceivedMessages()).as("deleted on the server once taken").isEmpty();
	}

	@Test
	void pop3sMailboxesArePolled() throws Exception {
		String customer = deliver("Over POP3S", "Fetched through TLS.");
		assertThat(poller.poll(account("pop3s", "127.0.0.1", tls.getPop3s().getPort()))).isEqualTo(1);
		assertThat(tickets.articles(ticketOf(customer))).first().extracting(ArticleView::body)
			.isEqualTo("Fetched through TLS.");
	}

	@Test
	void anUntrustedCertificateIsRefusedAndTheMailStaysOnTheServer() throws Exception {
		deliver("Over untrusted TLS", "Nobody may read this yet.");
		// the same server under a name the configuration does not trust: the JVM's trust store decides, and refuses
		// the self-signed certificate
		assertThat(poller.poll(account("imaps", "localhost", tls.getImaps().getPort()))).isZero();
		assertThat(tls.getReceivedMessages()).hasSize(1);
	}

	private MailSettings.Account account(String protocol, String host, int port) {
		return new MailSettings.Account("tls-" + protocol, protocol, host, port, MAILBOX, "secret", "INBOX", "Support",
				false);
	}

	private String deliver(String subject, String body) throws Exception {
		String customer = Mailboxes.customer();
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
				Mailboxes.mail(customer, subject, body, Mailboxes.messageId(), null)));
		support.deliver(message);
		return customer;
	}

	private String ticketOf(String customer) {
		return Mailboxes.newestTicketOf(jdbc, customer);
	}
}
