package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.AtOnce;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.mail.Mailboxes;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several nodes poll one mailbox: one at a time reads it, and every message is taken once. */
@PostgresTest
class MailboxLeaseTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	MailAccounts accounts;

	@Autowired
	MailboxPoller poller;

	@Autowired
	Leases leases;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoNodesPollingAtOnceTakeEveryMessageOnce() throws Exception {
		new HelpDesk(context);
		Mailboxes mailboxes = new Mailboxes(server);
		int before = count();
		for (int i = 0; i < 60; i++) {
			mailboxes.send(Mailboxes.mail(Mailboxes.customer(), "Lease " + i, "Polled once.", Mailboxes.messageId(),
					null));
		}
		// the embedded mailbox only: other tests add accounts that read the same mailbox under other names
		List<Integer> taken = AtOnce.run(2, () -> accounts.all().stream().filter(a -> a.name().equals("embedded"))
			.mapToInt(poller::poll).sum());
		// each message taken once is one message kept (what other tests left in the mailbox is taken too)
		int kept = count() - before;
		assertThat(kept).as("inbound messages kept").isGreaterThanOrEqualTo(60);
		assertThat(taken.stream().mapToInt(Integer::intValue).sum()).as("messages the two pollers say they took")
			.isEqualTo(kept);
	}

	@Test
	void aLeaseIsHeldUntilItRunsOutOrIsGivenBackOrItsNodeComesBack() {
		String name = "test:" + System.nanoTime();
		Duration five = Duration.ofMinutes(5);
		assertThat(leases.take(name, five)).isTrue();
		assertThat(leases.take(name, five)).as("held, by another thread of this node too").isFalse();
		leases.giveBack(name);
		assertThat(leases.take(name, five)).as("given back").isTrue();

		jdbc.update("update ticketflow.node_lease set node = 'other', process = 'p' where name = ?", name);
		assertThat(leases.take(name, five)).as("held by another node").isFalse();
		leases.giveBack(name);
		assertThat(leases.take(name, five)).as("another node's lease is not this node's to give back").isFalse();
		jdbc.update("update ticketflow.node_lease set held_until = ? where name = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), name);
		assertThat(leases.take(name, five)).as("ran out").isTrue();

		jdbc.update("update ticketflow.node_lease set process = 'before-a-restart' where name = ?", name);
		assertThat(leases.take(name, five)).as("held by this node's earlier process, which is gone").isTrue();
	}

	/**
	 * A node reads a mailbox only while it holds its lease: one whose lease ran out and went to another node stops,
	 * for the other node's removals would have made its message numbers name other messages.
	 */
	@Test
	void aNodeWhoseLeaseWentToAnotherNodeStopsReading() throws Exception {
		new HelpDesk(context);
		MailSettings.Account embedded = accounts.all().stream().filter(a -> a.name().equals("embedded")).findFirst()
			.orElseThrow();
		String lease = "mailbox:embedded";
		assertThat(leases.take(lease, Duration.ofMinutes(5))).isTrue();
		try {
			jdbc.update("update ticketflow.node_lease set node = 'other', process = 'p' where name = ?", lease);
			new Mailboxes(server).send(Mailboxes.mail(Mailboxes.customer(), "Lease lost", "Read by the other node.",
					Mailboxes.messageId(), null));
			int before = count();
			assertThat(poller.read(embedded, lease)).as("taken").isZero();
			assertThat(count()).as("kept").isEqualTo(before);
			assertThat(server.getManagers().getImapHostManager()
				.getInbox(server.getUserManager().getUserByEmail("support@localhost")).getMessageCount())
				.as("left on the server").isPositive();
		}
		finally {
			jdbc.update("update ticketflow.node_lease set held_until = ? where name = ?", Timestamp.from(Instant.EPOCH),
					lease);
		}
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from ticketflow.inbound_mail", Integer.class);
	}
}
