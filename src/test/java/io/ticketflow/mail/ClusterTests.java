package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ticketflow.ApplicationProcess;
import io.ticketflow.EmbeddedPostgresConfiguration;
import io.ticketflow.Http;
import io.ticketflow.Lanes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two nodes on one PostgreSQL with the cluster profile, each a JVM of its own, share everything a help desk does:
 * they take one mailbox in, an administrator works the same tickets through both (a reply on one node and a note on
 * the other, on every ticket), customers write follow-ups meanwhile, and replies set tickets pending with a reminder
 * a few seconds ahead, so that both nodes' job executors fire reminders. The first node is killed hard (SIGKILL) in
 * the middle of it all; the work left goes on through the other. Afterwards every message is in exactly one ticket,
 * every ticket has one reply and one note, every reply reached its customer as one message, every reminder fired
 * once, and every ticket's process waits in exactly one task.
 */
@ResourceLock(Lanes.POSTGRES)
class ClusterTests {

	private static final int MAILS = MailCrashTests.MAILS;

	private static final String REMINDERS = "select count(*) from ticketflow.ticket_history where type = 'REMINDER_REACHED'";

	private static final String PENDING = "select count(*) from ticketflow.ticket where state = 'PENDING_REMINDER'";

	private static final String LOCKED_BY_FIRST = "select count(*) from act_ru_job where lock_owner_ like 'first %'";

	/** Every fourth customer writes again after the reply, instead of the ticket going pending. */
	private static final int FOLLOW_UP_EVERY = 4;

	@Test
	void twoNodesShareMailWorkAndTimersAndOneIsKilledInTheMiddle() throws Exception {
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
			ExecutorService agents = Executors.newFixedThreadPool(2);
			try {
				String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");
				// the second node starts on the database the first one made
				first = node(url, mail, "first");
				Http one = new Http(ApplicationProcess.started(first, log("first")));
				second = node(url, mail, "second");
				Http two = new Http(ApplicationProcess.started(second, log("second")));
				HttpResponse<String> queue = one.post("admin", "/api/admin/queues",
						"{\"name\":\"Cluster\",\"group\":\"queue-cluster\",\"followUpPolicy\":\"reopen\"}");
				assertThat(queue.statusCode()).as(queue.body()).isEqualTo(201);

				Work work = new Work(url, mail);
				// the first half of the customers write; the reminders the replies set are due at one moment
				for (int i = 0; i < MAILS / 2; i++) {
					work.firstMessage(i);
				}
				AtomicBoolean killed = new AtomicBoolean();
				// each node replies to half of the tickets and notes on the other half: both write on every ticket
				Future<?> onFirst = agents.submit(() -> work.until(one, 0, killed::get));
				Future<?> onSecond = agents.submit(() -> work.until(two, 1, () -> false));
				long pending = MAILS / 2 - MAILS / 2 / FOLLOW_UP_EVERY;
				Awaitility.await("the first half's replies").atMost(MailCrashTests.PATIENCE)
					.pollInterval(Duration.ofMillis(10)).until(() -> work.count(PENDING) + work.count(REMINDERS) == pending);
				try (Connection holder = DriverManager.getConnection(url, "postgres", "postgres")) {
					// the pending tickets are held, so that the jobs that fire their reminders wait, locked by their
					// nodes, until the first node is dead
					holder.setAutoCommit(false);
					MailCrashTests.single(holder, "select count(*) from (select id from ticketflow.ticket where state = "
							+ "'PENDING_REMINDER' for update) held");
					Awaitility.await("the first node to lock reminders").atMost(MailCrashTests.PATIENCE)
						.pollInterval(Duration.ofMillis(10)).until(() -> work.count(LOCKED_BY_FIRST) > 0);
					// the other half write while the reminders wait
					for (int i = MAILS / 2; i < MAILS; i++) {
						work.firstMessage(i);
					}
					Awaitility.await("the nodes to take some of the new mail").atMost(MailCrashTests.PATIENCE)
						.pollInterval(Duration.ofMillis(10)).until(() -> MailCrashTests.tickets(url) >= MAILS / 2 + 5);
					// from here a failed request to the first node is its death, not a failure
					killed.set(true);
					first.destroyForcibly().waitFor();
					assertThat(MailCrashTests.tickets(url)).as("killed in the middle of the mailbox").isLessThan(MAILS);
					holder.rollback();
				}
				assertThat(work.count(LOCKED_BY_FIRST)).as("reminders the first node had taken when it died").isPositive();
				assertThat(work.repliedBy(0)).as("killed after the first node replied").isPositive();
				onFirst.get();
				// what the first node's agent had left, the second node does
				Future<?> takeOver = agents.submit(() -> work.until(two, 0, () -> false));
				onSecond.get();
				takeOver.get();
				assertThat(work.problems).as("answers other than done or conflict").isEmpty();

				Awaitility.await("the second node to take the rest, follow-ups included, and to fire every reminder "
						+ "(see target/cluster-*.log)")
					.atMost(MailCrashTests.PATIENCE).pollInterval(Duration.ofMillis(100))
					.until(() -> work.count(REMINDERS) == MAILS - work.followUps() && MailCrashTests.waiting(mail) == 0
							&& work.count("select count(*) from ticketflow.inbound_mail where status = 'PROCESSED'")
									== MAILS + work.followUps());
				assertThat(work.count("select count(*) from ticketflow.ticket")).isEqualTo(MAILS);
				assertThat(work.count("select count(distinct message_id) from ticketflow.article "
						+ "where sender_type = 'CUSTOMER'")).as("one article per message").isEqualTo(MAILS + work.followUps());
				assertThat(work.count("select count(*) from ticketflow.article where sender_type = 'CUSTOMER'"))
					.isEqualTo(MAILS + work.followUps());
				assertThat(work.count("select count(*) from (select ticket_id from ticketflow.article where body like 'Follow-up %' "
						+ "group by ticket_id having count(*) = 1) f")).as("each follow-up in its own ticket")
					.isEqualTo(work.followUps());
				assertThat(work.count("select count(*) from (select ticket_id from ticketflow.article "
						+ "where sender_type = 'AGENT' and visible_for_customer group by ticket_id having count(*) = 1) r"))
					.as("one reply on every ticket").isEqualTo(MAILS);
				assertThat(work.count("select count(*) from (select ticket_id from ticketflow.article "
						+ "where sender_type = 'AGENT' and not visible_for_customer group by ticket_id having count(*) = 1) n"))
					.as("one note on every ticket").isEqualTo(MAILS);
				assertThat(work.count("select count(distinct ticket_id) from ticketflow.ticket_history "
						+ "where type = 'REMINDER_REACHED'")).as("each reminder fired once").isEqualTo(MAILS - work.followUps());
				assertThat(work.count("select count(*) from act_ru_task")).as("no task lost or doubled").isEqualTo(MAILS);
				assertThat(work.count("select count(distinct proc_inst_id_) from act_ru_task")).isEqualTo(MAILS);
				assertThat(work.count("select count(*) from act_ru_incident")).as("no job given up").isZero();
				// a dead node's claimed mails go out from the other one; a mail is one Message-ID, however often the
				// death of a node between sending and noting it made it go out
				Awaitility.await("every reply at its customer").atMost(MailCrashTests.PATIENCE)
					.pollInterval(Duration.ofMillis(100)).until(() -> replyMessageIds(mail).size() == MAILS);
				assertThat(replyMessageIds(mail)).as("one reply message per customer").allSatisfy(
						(customer, ids) -> assertThat(ids).as(customer).hasSize(1));
				// every customer hears from the help desk: the automatic answers too
				Awaitility.await("every customer's automatic answer").atMost(MailCrashTests.PATIENCE)
					.pollInterval(Duration.ofMillis(100)).until(() -> answered(mail) == MAILS);
			}
			finally {
				agents.shutdownNow();
				for (Process node : new Process[] { first, second }) {
					if (node != null) {
						node.destroyForcibly().waitFor();
					}
				}
				mail.stop();
			}
		}
	}

	/**
	 * The administrator's work on the tickets: on ticket i, a reply through the node of i's parity and a note through
	 * the other; a reply leaves the ticket pending with a reminder, except on every fourth ticket, whose customer
	 * writes a follow-up instead. A step already in the database is not done again (the answer to a request that
	 * reached a node before it died may have been lost), and a conflict is tried again.
	 */
	private static final class Work {

		private final String url;

		private final GreenMail mail;

		private final Map<Integer, String> replied = new ConcurrentHashMap<>();

		private final Set<Integer> followedUp = ConcurrentHashMap.newKeySet();

		private final AtomicInteger[] replies = { new AtomicInteger(), new AtomicInteger() };

		/** When the reminders of the first replies are due: all at once, a few seconds after the work began. */
		private final Instant remindAt = Instant.now().plusSeconds(8);

		final List<String> problems = new CopyOnWriteArrayList<>();

		Work(String url, GreenMail mail) {
			this.url = url;
			this.mail = mail;
		}

		/** Works the tickets of the given parity through the node until all of them are done or the node is gone. */
		void until(Http node, int parity, BooleanSupplier gone) {
			Awaitility.await("the work of parity " + parity).atMost(MailCrashTests.PATIENCE)
				.pollInterval(Duration.ofMillis(50)).until(() -> gone.getAsBoolean() || pass(node, parity, gone));
		}

		/** One pass over the tickets; whether nothing is left. */
		private boolean pass(Http node, int parity, BooleanSupplier gone) {
			boolean left = false;
			for (int i = 0; i < MAILS && !gone.getAsBoolean(); i++) {
				try {
					left |= !(i % 2 == parity ? reply(node, i, parity) : note(node, i));
				}
				catch (IllegalStateException nodeGone) {
					if (!gone.getAsBoolean()) {
						throw nodeGone;
					}
				}
			}
			return !left;
		}

		int repliedBy(int parity) {
			return replies[parity].get();
		}

		long followUps() {
			return (MAILS + FOLLOW_UP_EVERY - 1) / FOLLOW_UP_EVERY;
		}

		/** Whether ticket i has its reply (and follow-up); false while it is not there yet or was in conflict. */
		private boolean reply(Http node, int i, int parity) {
			String number = number(i);
			if (number == null) {
				return false;
			}
			if (count(number, "sender_type = 'AGENT' and visible_for_customer") == 0) {
				String next = i % FOLLOW_UP_EVERY == 0 ? ""
						: ",\"nextState\":\"pendingReminder\",\"pendingUntil\":\"" + later(remindAt, Instant.now().plusSeconds(2)) + "\"";
				if (!done(node.post("admin", "/api/tickets/" + number + "/articles",
						"{\"kind\":\"reply\",\"body\":\"Reply " + i + "\"" + next + "}"))) {
					return false;
				}
				replies[parity].incrementAndGet();
			}
			replied.put(i, number);
			if (i % FOLLOW_UP_EVERY == 0 && followedUp.add(i)) {
				deliver("crash-" + i + "@example.com", "Re: [Ticket#" + number + "] Crash " + i, "Follow-up " + i);
			}
			return true;
		}

		private boolean note(Http node, int i) {
			String number = number(i);
			if (number == null) {
				return false;
			}
			return count(number, "sender_type = 'AGENT' and not visible_for_customer") > 0
					|| done(node.post("admin", "/api/tickets/" + number + "/articles",
							"{\"kind\":\"note\",\"body\":\"Note " + i + "\"}"));
		}

		private boolean done(HttpResponse<String> answer) {
			if (answer.statusCode() == 201 || answer.statusCode() == 200) {
				return true;
			}
			if (answer.statusCode() != 409) {
				problems.add(answer.statusCode() + " " + answer.body());
			}
			return false;
		}

		void firstMessage(int i) {
			deliver("crash-" + i + "@example.com", "Crash " + i, "Message " + i);
		}

		private static Instant later(Instant one, Instant other) {
			return one.isAfter(other) ? one : other;
		}

		private void deliver(String from, String subject, String body) {
			try {
				byte[] raw = Mailboxes.mail(from, subject, body, Mailboxes.messageId(), null);
				mail.getUserManager().getUser(MailCrashTests.SUPPORT)
					.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private String number(int i) {
			return query("select number from ticketflow.ticket where title = ?", "Crash " + i);
		}

		private long count(String number, String which) {
			return Long.parseLong(query("select count(*) from ticketflow.article a join ticketflow.ticket t on "
					+ "t.id = a.ticket_id where t.number = ? and " + which, number));
		}

		long count(String query) throws SQLException {
			try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
				return MailCrashTests.single(db, query);
			}
		}

		private String query(String query, String parameter) {
			try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
					PreparedStatement statement = db.prepareStatement(query)) {
				statement.setString(1, parameter);
				try (ResultSet row = statement.executeQuery()) {
					return row.next() ? row.getString(1) : null;
				}
			}
			catch (SQLException ex) {
				if ("42P01".equals(ex.getSQLState())) {
					return null;
				}
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Per customer, the Message-IDs of the replies they got. */
	private static Map<String, Set<String>> replyMessageIds(GreenMail mail) throws Exception {
		Mailboxes mailboxes = new Mailboxes(mail);
		Map<String, Set<String>> ids = new ConcurrentHashMap<>();
		for (int i = 0; i < MAILS; i++) {
			for (MimeMessage message : mailboxes.inbox("crash-" + i + "@example.com")) {
				if (String.valueOf(message.getContent()).contains("Reply " + i)) {
					ids.computeIfAbsent("crash-" + i, c -> ConcurrentHashMap.newKeySet()).add(message.getMessageID());
				}
			}
		}
		return ids;
	}

	/** How many of the customers got an automatic answer. */
	private static long answered(GreenMail mail) {
		Mailboxes mailboxes = new Mailboxes(mail);
		long answered = 0;
		for (int i = 0; i < MAILS; i++) {
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
				// both job executors run; a dead node's locked jobs are free again after three seconds
				"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.lock-time-in-millis=3000",
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=500",
				"--logging.level.root=warn",
				"--ticketflow.mail.accounts[0].name=crash", "--ticketflow.mail.accounts[0].protocol=imap",
				"--ticketflow.mail.accounts[0].host=127.0.0.1",
				"--ticketflow.mail.accounts[0].port=" + mail.getImap().getPort(),
				"--ticketflow.mail.accounts[0].username=" + MailCrashTests.SUPPORT,
				"--ticketflow.mail.accounts[0].password=" + MailCrashTests.SUPPORT,
				"--ticketflow.mail.accounts[0].queue=Cluster"));
	}

	private static Path log(String node) {
		return Path.of("target/cluster-" + node + ".log");
	}
}
