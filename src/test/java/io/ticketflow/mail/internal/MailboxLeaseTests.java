package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.Mailboxes;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> taken = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				Callable<Integer> poll = () -> {
					together.await();
					// the embedded mailbox only: other tests add accounts that read the same mailbox under other names
					return accounts.all().stream().filter(a -> a.name().equals("embedded")).mapToInt(poller::poll).sum();
				};
				taken.add(nodes.submit(poll));
			}
			int total = 0;
			for (Future<Integer> each : taken) {
				total += each.get();
			}
			assertThat(total).as("messages the two pollers say they took").isEqualTo(60);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(count() - before).as("inbound messages kept").isEqualTo(60);
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

	private int count() {
		return jdbc.queryForObject("select count(*) from ticketflow.inbound_mail", Integer.class);
	}
}
