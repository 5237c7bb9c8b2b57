package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ticketflow.ApplicationProcess;
import io.ticketflow.EmbeddedPostgresConfiguration;
import io.ticketflow.Lanes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.LongPredicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The application killed hard (SIGKILL, no shutdown) while it takes a mailbox in, then started again: every
 * message ends in exactly one ticket, none is lost, none is taken twice, and the mailbox is empty. The application
 * runs as a separate JVM on an embedded PostgreSQL and polls a GreenMail server, both owned by the test.
 */
@ResourceLock(Lanes.H2)
class MailCrashTests {

	/** Enough that the kill falls in the middle of the mailbox: the poller fetches 50 at a time. */
	static final int MAILS = 80;

	static final String SUPPORT = "support@crash.test";

	static final Duration PATIENCE = Duration.ofMinutes(3);

	@Test
	void aKilledApplicationLosesNothingAndDuplicatesNothingAfterRestart() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
			.setServerConfig("synchronous_commit", "on").start()) {
			GreenMail mail = new GreenMail(new ServerSetup[] {
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort() })
				.withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, SUPPORT, SUPPORT));
			mail.start();
			try {
				List<String> messageIds = fill(mail);
				// the two roles of the postgres profile, named by its defaults; the test reads as the superuser
				String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");

				Process first = start(url, mail, "first");
				long taken;
				try {
					taken = await(url, count -> count >= 10, "the first run to take some mail");
				}
				finally {
					first.destroyForcibly().waitFor();
				}
				long atKill = tickets(url);
				int leftOnServer = waiting(mail);
				assertThat(atKill).as("killed in the middle of the mailbox (%d taken when seen)", taken)
					.isLessThan(MAILS);
				assertThat(atKill + leftOnServer).as("a message leaves the server only after its ticket committed")
					.isGreaterThanOrEqualTo(MAILS);

				Process second = start(url, mail, "second");
				try {
					await(url, count -> count == MAILS && waiting(mail) == 0,
							"the second run to take the rest");
				}
				finally {
					second.destroy();
					second.waitFor();
				}

				try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
					assertThat(single(db, "select count(*) from ticketflow.ticket")).isEqualTo(MAILS);
					assertThat(single(db, "select count(*) from ticketflow.article where sender_type = 'CUSTOMER'"))
						.as("one article per message").isEqualTo(MAILS);
					assertThat(single(db, "select count(distinct message_id) from ticketflow.article "
							+ "where sender_type = 'CUSTOMER'")).isEqualTo(MAILS);
					assertThat(single(db, "select count(*) from ticketflow.inbound_mail where status = 'PROCESSED'"))
						.isEqualTo(MAILS);
					assertThat(single(db, "select count(*) from ticketflow.inbound_mail where status <> 'PROCESSED'"))
						.isZero();
					List<String> stored = new ArrayList<>();
					try (ResultSet rows = db.createStatement().executeQuery(
							"select message_id from ticketflow.article where sender_type = 'CUSTOMER'")) {
						while (rows.next()) {
							stored.add(rows.getString(1));
						}
					}
					assertThat(stored).containsExactlyInAnyOrderElementsOf(messageIds);
				}
				assertThat(waiting(mail)).as("every message deleted on the server").isZero();
			}
			finally {
				mail.stop();
			}
		}
	}

	/** Messages still in the support mailbox (the auto-responses the help desk sends go elsewhere). */
	static int waiting(GreenMail mail) {
		try {
			return mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUser(SUPPORT))
				.getMessageCount();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One mail from each of as many customers into the support mailbox; their Message-IDs. */
	static List<String> fill(GreenMail mail) throws Exception {
		List<String> messageIds = new ArrayList<>();
		var support = mail.getUserManager().getUser(SUPPORT);
		Session session = Session.getInstance(new Properties());
		for (int i = 0; i < MAILS; i++) {
			String messageId = Mailboxes.messageId();
			byte[] raw = Mailboxes.mail("crash-" + i + "@example.com", "Crash " + i, "Message " + i, messageId, null);
			support.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
			messageIds.add(messageId);
		}
		return messageIds;
	}

	/** The application as it is run, in a JVM of its own, polling the test's mailbox every 200 ms. */
	private static Process start(String url, GreenMail mail, String run) throws Exception {
		return ApplicationProcess.start(new File("."), new File("target/mail-crash-" + run + ".log"), List.of(
				"--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--server.port=0", "--server.address=127.0.0.1",
				"--ticketflow.demo.enabled=false", "--ticketflow.mail.embedded.enabled=false",
				"--ticketflow.mail.schedule=true", "--ticketflow.mail.poll-interval=PT0.2S",
				"--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mail.getSmtp().getPort(), "--camunda.bpm.job-execution.enabled=false",
				"--logging.level.root=warn", "--ticketflow.mail.accounts[0].name=crash",
				"--ticketflow.mail.accounts[0].protocol=imap", "--ticketflow.mail.accounts[0].host=127.0.0.1",
				"--ticketflow.mail.accounts[0].port=" + mail.getImap().getPort(),
				"--ticketflow.mail.accounts[0].username=" + SUPPORT, "--ticketflow.mail.accounts[0].password=" + SUPPORT,
				"--ticketflow.mail.accounts[0].queue=Raw"));
	}

	/** Waits until the ticket count satisfies the condition; returns the count then. */
	private static long await(String url, LongPredicate done, String what) {
		return Awaitility.await(what + " (see target/mail-crash-*.log)").atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(10)).until(() -> tickets(url), done::test);
	}

	static long tickets(String url) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			return single(db, "select count(*) from ticketflow.ticket");
		}
		catch (SQLException ex) {
			if ("42P01".equals(ex.getSQLState())) {
				return 0; // the application has not created its tables yet
			}
			throw ex;
		}
	}

	static long single(Connection db, String query) throws SQLException {
		try (ResultSet row = db.createStatement().executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
	}
}
