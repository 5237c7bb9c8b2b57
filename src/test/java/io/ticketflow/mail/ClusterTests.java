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
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two nodes on one PostgreSQL with the cluster profile, each a JVM of its own, share everything a help desk does:
 * they take one mailbox in, an administrator works the same tickets through both (a reply on one node and a note on
 * the other, on every ticket), customers write follow-ups meanwhile, and replies set tickets pending with a reminder
 * an hour ahead, which the test brings forward: some while both nodes live, so that both nodes' job executors fire
 * reminders, a few while the first node is killed, and the rest afterwards. The first node is killed hard (SIGKILL) in
 * the middle of it all; the work left goes on through the other. Afterwards every message is in exactly one ticket,
 * every ticket has one reply and one note, every reply reached its customer as one message, every reminder fired
 * once, and every ticket's process waits in exactly one task.
 */
@ResourceLock(Lanes.POSTGRES)
class ClusterTests {

	private static final int MAILS = MailCrashTests.MAILS;

	private static final String REMINDERS = "select count(*) from ticketflow.ticket_history where type = 'REMINDER_REACHED'";

	/** Tickets set pending; a ticket stays pending reminder after its reminder, until an agent works it. */
	private static final String PENDING = "select count(distinct ticket_id) from ticketflow.ticket_history "
			+ "where type = 'PENDING_SET'";

	/** The timers of pending tickets not yet due, by the BPMN id of their event. */
	private static final String PENDING_TIMERS = "select id_ from act_ru_job "
			+ "where handler_cfg_ like 'Event_PendingTimeReached%' and duedate_ > now() + interval '30 minutes'";

	private static final String LOCKED_BY_FIRST = "select count(*) from act_ru_job where lock_owner_ like 'first %'";

	/** Jobs the first node locked within the last three seconds: no other node takes them for three more. */
	private static final String LATELY_LOCKED_BY_FIRST = LOCKED_BY_FIRST
			+ " and lock_exp_time_ > now() + interval '3 seconds'";

	private static final String REPLIED = "select count(distinct ticket_id) from ticketflow.article "
			+ "where sender_type = 'AGENT' and visible_for_customer";

	private static final String NOTED = "select count(distinct ticket_id) from ticketflow.article "
			+ "where sender_type = 'AGENT' and not visible_for_customer";

	/** Pending tickets whose reminders come due while both nodes live. */
	private static final int REMINDED_FIRST = 12;

	/** The pending tickets whose reminders have not come yet. */
	private static final String NOT_REMINDED = "select number from ticketflow.ticket where state = 'PENDING_REMINDER' "
			+ "and id not in (select ticket_id from ticketflow.ticket_history where type = 'REMINDER_REACHED')";

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
				// the first half of the customers write; the reminders the replies set are due in an hour
				for (int i = 0; i < MAILS / 2; i++) {
					work.firstMessage(i);
				}
				AtomicBoolean killed = new AtomicBoolean();
				// each node replies to half of the tickets and notes on the other half: both write on every ticket
				Future<?> onFirst = work.agent(agents, () -> work.until(one, 0, killed::get));
				Future<?> onSecond = work.agent(agents, () -> work.until(two, 1, () -> false));
				long pending = MAILS / 2 - MAILS / 2 / FOLLOW_UP_EVERY;
				work.await("the first half's replies and notes", Duration.ofMillis(10))
					.untilAsserted(() -> assertThat(List.of(work.count(PENDING), work.count(REPLIED), work.count(NOTED)))
						.as(work.situation()).containsExactly(pending, (long) MAILS / 2, (long) MAILS / 2));
				assertThat(work.count(REMINDERS)).as("reminders due in an hour").isZero();
				// the hour passes for some of them: both nodes fire reminders
				assertThat(work.remindNow(work.numbers(null, "select number from ticketflow.ticket "
						+ "where state = 'PENDING_REMINDER' order by id desc limit " + REMINDED_FIRST))).isEqualTo(REMINDED_FIRST);
				work.await("the first reminders", Duration.ofMillis(10))
					.untilAsserted(() -> assertThat(work.count(REMINDERS)).as(work.situation()).isEqualTo(REMINDED_FIRST));
				try (Connection holder = DriverManager.getConnection(url, "postgres", "postgres")) {
					// the other pending tickets are held and their hour passes: the jobs that fire their reminders wait,
					// locked by their nodes, until the first node is dead. They are more than one node takes at once.
					holder.setAutoCommit(false);
					assertThat(work.remindNow(work.numbers(holder, NOT_REMINDED + " for update")))
						.isEqualTo(pending - REMINDED_FIRST);
					// the other half write, a mail at a time, until the first node holds a reminder it locked
					// lately and the nodes have taken some of the new mail; then the first node is killed
					AtomicInteger next = new AtomicInteger(MAILS / 2);
					work.await("the first node to hold a reminder while the nodes take new mail", Duration.ofMillis(50))
						.until(() -> {
							if (next.get() < MAILS - 5) {
								work.firstMessage(next.getAndIncrement());
							}
							return MailCrashTests.tickets(url) >= MAILS / 2 + 5 && work.count(LATELY_LOCKED_BY_FIRST) > 0;
						});
					// from here a failed request to the first node is its death, not a failure
					killed.set(true);
					first.destroyForcibly().waitFor();
					assertThat(work.count(LOCKED_BY_FIRST)).as("reminders the first node had taken when it died")
						.isPositive();
					holder.rollback();
					// the rest of the customers write
					while (next.get() < MAILS) {
						work.firstMessage(next.getAndIncrement());
					}
				}
				assertThat(work.repliedBy(0)).as("killed after the first node replied").isPositive();
				onFirst.get();
				// what the first node's agent had left, the second node does
				Future<?> takeOver = work.agent(agents, () -> work.until(two, 0, () -> false));
				onSecond.get();
				takeOver.get();
				assertThat(work.problems).as("answers other than done or conflict").isEmpty();

				// the hour passes for every reminder left, as the replies set them
				work.await("the second node to take the rest, follow-ups included, and to fire every reminder",
						Duration.ofMillis(100))
					.untilAsserted(() -> {
						work.remindNow(null);
						assertThat(List.of(work.count(REMINDERS), (long) MailCrashTests.waiting(mail),
								work.count("select count(*) from ticketflow.inbound_mail where status = 'PROCESSED'")))
							.as(work.situation())
							.containsExactly(MAILS - work.followUps(), 0L, MAILS + work.followUps());
					});
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
				work.await("every reply at its customer", Duration.ofMillis(100))
					.until(() -> replyMessageIds(mail).size() == MAILS);
				assertThat(replyMessageIds(mail)).as("one reply message per customer").allSatisfy(
						(customer, ids) -> assertThat(ids).as(customer).hasSize(1));
				// every customer hears from the help desk: the automatic answers too
				work.await("every customer's automatic answer", Duration.ofMillis(100))
					.until(() -> answered(mail) == MAILS);
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
	 * reached a node before it died may have been lost, and so may the answer of a live node when the connection the
	 * client reused was closed under it), and a conflict is tried again.
	 */
	private static final class Work {

		private final String url;

		private final GreenMail mail;

		private final Map<Integer, String> replied = new ConcurrentHashMap<>();

		private final Set<Integer> followedUp = ConcurrentHashMap.newKeySet();

		private final AtomicInteger[] replies = { new AtomicInteger(), new AtomicInteger() };


		final List<String> problems = new CopyOnWriteArrayList<>();

		/** Requests whose answer was lost on the way from a live node; each is checked and tried again. */
		private final List<String> unanswered = new CopyOnWriteArrayList<>();

		private final List<Future<?>> agents = new CopyOnWriteArrayList<>();

		Work(String url, GreenMail mail) {
			this.url = url;
			this.mail = mail;
		}

		/**
		 * The hour passes for the reminders of the given tickets, or of all when null: their timers are due now.
		 * Returns how many.
		 */
		int remindNow(List<String> numbers) throws SQLException {
			try (Connection clock = DriverManager.getConnection(url, "postgres", "postgres");
					PreparedStatement due = clock.prepareStatement("update act_ru_job set duedate_ = now() where id_ in ("
							+ PENDING_TIMERS + ") and (? or process_instance_id_ in "
							+ "(select proc_inst_id_ from act_ru_execution where business_key_ = any(?)))")) {
				due.setBoolean(1, numbers == null);
				due.setArray(2, clock.createArrayOf("varchar", numbers == null ? new Object[0] : numbers.toArray()));
				return due.executeUpdate();
			}
		}

		/** The rows of a query of one text column. */
		private List<String> rows(String query) throws SQLException {
			return numbers(null, query);
		}

		/** The ticket numbers the query finds, through the given connection or a new one. */
		List<String> numbers(Connection through, String query) throws SQLException {
			try (Connection own = through == null ? DriverManager.getConnection(url, "postgres", "postgres") : null;
					ResultSet rows = (through == null ? own : through).createStatement().executeQuery(query)) {
				List<String> numbers = new ArrayList<>();
				while (rows.next()) {
					numbers.add(rows.getString(1));
				}
				return numbers;
			}
		}

		/** Starts an agent's work; a wait fails at once when an agent stops with an error. */
		Future<?> agent(ExecutorService pool, Runnable work) {
			Future<?> agent = pool.submit(work);
			agents.add(agent);
			return agent;
		}

		/** A wait that names what it waited for, how far the work got, and why an agent stopped if one did. */
		ConditionFactory await(String what, Duration poll) {
			return Awaitility.await(what + " (see target/cluster-*.log)").atMost(MailCrashTests.PATIENCE)
				.pollInterval(poll).failFast("an agent stopped", () -> {
					for (Future<?> agent : agents) {
						if (agent.isDone()) {
							try {
								agent.get();
							}
							catch (ExecutionException ex) {
								throw new AssertionError("an agent stopped; " + situation(), ex.getCause());
							}
						}
					}
				});
		}

		/** How far the work got, for a wait that failed. */
		String situation() throws SQLException {
			return "tickets " + count("select count(*) from ticketflow.ticket") + ", pending " + count(PENDING)
					+ ", reminded " + count(REMINDERS) + ", replies through the first node " + replies[0]
					+ " and the second " + replies[1] + ", answers other than done or conflict " + problems
					+ ", unanswered requests " + unanswered + ", mail " + rows("select status || ' ' || count(*) "
							+ "from ticketflow.inbound_mail group by status") + ", jobs " + rows("select owner || ' ' || due || ' ' || retries || ' retries: ' "
							+ "|| count(*) from (select coalesce(lock_owner_, 'unlocked') owner, case when duedate_ <= now() "
							+ "then 'due' else 'later' end due, retries_ retries from act_ru_job) j group by owner, due, retries") + ", incidents " + count("select count(*) from act_ru_incident");
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
				catch (IllegalStateException failed) {
					if (failed.getCause() instanceof IOException && !gone.getAsBoolean()) {
						unanswered.add(failed.getMessage() + ": " + failed.getCause());
						left = true;
					}
					else if (!gone.getAsBoolean()) {
						throw failed;
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
						: ",\"nextState\":\"pendingReminder\",\"pendingUntil\":\"" + remindAt() + "\"";
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

		/**
		 * When a reply reminds of its ticket: in an hour, which passes when the test says so ({@link #remindNow}), not
		 * while the reply is on its way to a busy node.
		 */
		private static Instant remindAt() {
			return Instant.now().plus(Duration.ofHours(1));
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
				// both job executors run; a dead node's locked jobs are free again after six seconds
				"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.lock-time-in-millis=6000",
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
