package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ticketflow.ApplicationProcess;
import io.ticketflow.EmbeddedPostgresConfiguration;
import io.ticketflow.Lanes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two nodes on one PostgreSQL take one mailbox in, with the cluster profile; one is killed hard (SIGKILL) in the
 * middle. The other carries on: every message ends in exactly one ticket, none is lost, none is taken twice, the
 * mailbox is empty, and every customer gets the automatic answer. Both nodes are JVMs of their own.
 */
@ResourceLock(Lanes.POSTGRES)
class ClusterMailTests {

	@Test
	void whenOneOfTwoNodesIsKilledTheOtherTakesTheRestOfTheMailboxOnce() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
			.setServerConfig("synchronous_commit", "on").start()) {
			GreenMail mail = new GreenMail(new ServerSetup[] {
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort() })
				.withConfiguration(GreenMailConfiguration.aConfig().withUser(MailCrashTests.SUPPORT,
						MailCrashTests.SUPPORT, MailCrashTests.SUPPORT));
			mail.start();
			Process first = null;
			Process second = null;
			try {
				String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");
				// the second node starts on the database the first one made
				first = node(url, mail, "first");
				ApplicationProcess.started(first, log("first"));
				second = node(url, mail, "second");
				ApplicationProcess.started(second, log("second"));

				List<String> messageIds = MailCrashTests.fill(mail);
				Awaitility.await("the nodes to take some mail").atMost(MailCrashTests.PATIENCE)
					.pollInterval(Duration.ofMillis(10)).until(() -> MailCrashTests.tickets(url), count -> count >= 10);
				first.destroyForcibly().waitFor();
				long atKill = MailCrashTests.tickets(url);
				assertThat(atKill).as("killed in the middle of the mailbox").isLessThan(MailCrashTests.MAILS);

				Awaitility.await("the second node to take the rest (see target/cluster-mail-*.log)")
					.atMost(MailCrashTests.PATIENCE).pollInterval(Duration.ofMillis(50))
					.until(() -> MailCrashTests.tickets(url) == MailCrashTests.MAILS && MailCrashTests.waiting(mail) == 0);
				try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
					assertThat(MailCrashTests.single(db, "select count(*) from ticketflow.ticket"))
						.isEqualTo(MailCrashTests.MAILS);
					assertThat(MailCrashTests.single(db,
							"select count(distinct message_id) from ticketflow.article where sender_type = 'CUSTOMER'"))
						.as("one article per message").isEqualTo(MailCrashTests.MAILS);
					assertThat(MailCrashTests.single(db,
							"select count(*) from ticketflow.article where sender_type = 'CUSTOMER'"))
						.isEqualTo(MailCrashTests.MAILS);
					assertThat(MailCrashTests.single(db,
							"select count(*) from ticketflow.inbound_mail where status = 'PROCESSED'"))
						.isEqualTo(MailCrashTests.MAILS);
					assertThat(messageIds).hasSize(MailCrashTests.MAILS);
				}
				// every customer hears from the help desk: a dead node's claimed answers go out from the other one
				Awaitility.await("every customer's automatic answer").atMost(MailCrashTests.PATIENCE)
					.pollInterval(Duration.ofMillis(100)).until(() -> answered(mail) == MailCrashTests.MAILS);
			}
			finally {
				for (Process node : new Process[] { first, second }) {
					if (node != null) {
						node.destroyForcibly().waitFor();
					}
				}
				mail.stop();
			}
		}
	}

	/** How many of the customers got an automatic answer. */
	private static long answered(GreenMail mail) {
		Mailboxes mailboxes = new Mailboxes(mail);
		long answered = 0;
		for (int i = 0; i < MailCrashTests.MAILS; i++) {
			if (!mailboxes.inbox("crash-" + i + "@example.com").isEmpty()) {
				answered++;
			}
		}
		return answered;
	}

	private static Process node(String url, GreenMail mail, String name) throws Exception {
		return ApplicationProcess.start(new File("."), log(name).toFile(), List.of(
				"--spring.profiles.active=postgres,cluster", "--spring.datasource.url=" + url, "--server.port=0",
				"--server.address=127.0.0.1", "--ticketflow.node=" + name, "--ticketflow.demo.enabled=false",
				"--ticketflow.mail.embedded.enabled=false", "--ticketflow.mail.schedule=true",
				"--ticketflow.mail.poll-interval=PT0.2S", "--ticketflow.mail.dispatch-interval=PT0.2S",
				"--ticketflow.mail.poll-lease=PT3S", "--ticketflow.mail.claim-for=PT3S",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--ticketflow.mail.accounts[0].name=crash", "--ticketflow.mail.accounts[0].protocol=imap",
				"--ticketflow.mail.accounts[0].host=127.0.0.1",
				"--ticketflow.mail.accounts[0].port=" + mail.getImap().getPort(),
				"--ticketflow.mail.accounts[0].username=" + MailCrashTests.SUPPORT,
				"--ticketflow.mail.accounts[0].password=" + MailCrashTests.SUPPORT,
				"--ticketflow.mail.accounts[0].queue=Raw"));
	}

	private static Path log(String node) {
		return Path.of("target/cluster-mail-" + node + ".log");
	}
}
