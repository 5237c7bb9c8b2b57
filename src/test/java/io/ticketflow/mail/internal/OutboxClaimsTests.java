package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.AtOnce;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.Mailboxes;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Several nodes empty one outbox: each message is claimed by one dispatcher before it is sent, so two dispatchers at
 * work at the same moment send every message once; a claim of a node that died runs out, and another node sends it.
 */
@PostgresTest
class OutboxClaimsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail server;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoDispatchersAtOnceSendEveryMessageOnce() throws Exception {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		String recipient = "claims-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		for (int i = 0; i < 120; i++) {
			outbox.save(OutboxMessage.notification(ticket, "support@localhost", recipient, "Claim " + i, "Body " + i,
					"<claim." + i + "." + UUID.randomUUID() + "@example.com>", Instant.now()));
		}

		List<Integer> sent = AtOnce.run(2, () -> dispatcher.dispatchDue(sender, Instant.now()));
		// at least these 120: other tests leave messages in the outbox too
		assertThat(sent.stream().mapToInt(Integer::intValue).sum()).as("messages the two dispatchers say they sent")
			.isGreaterThanOrEqualTo(120);

		List<String> subjects = new Mailboxes(server).inbox(recipient).stream().map(Mailboxes::subject).toList();
		assertThat(subjects).hasSize(120).doesNotHaveDuplicates();
	}

	@Test
	void aClaimOfANodeThatDiedRunsOutAndAnotherNodeSendsTheMessage() {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		String recipient = "lease-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		OutboxMessage abandoned = outbox.save(OutboxMessage.notification(ticket, "support@localhost", recipient,
				"Abandoned", "x", "<abandoned." + UUID.randomUUID() + "@example.com>", Instant.now()));
		OutboxMessage held = outbox.save(OutboxMessage.notification(ticket, "support@localhost", recipient, "Held", "x",
				"<held." + UUID.randomUUID() + "@example.com>", Instant.now()));
		Instant now = Instant.now();
		claim(abandoned, "dead-node", now.minus(Duration.ofMinutes(1)));
		claim(held, "busy-node", now.plus(Duration.ofMinutes(5)));

		dispatcher.dispatchDue(sender, now);

		assertThat(new Mailboxes(server).inbox(recipient)).extracting(MimeMessage::getSubject).containsExactly("Abandoned");
		assertThat(jdbc.queryForObject("select status from ticketflow.outbox where id = ?", String.class, held.id()))
			.isEqualTo("PENDING");
		assertThat(jdbc.queryForObject("select claimed_by from ticketflow.outbox where id = ?", String.class,
				abandoned.id())).as("who sent it").isNotEqualTo("dead-node");
	}

	private void claim(OutboxMessage message, String node, Instant until) {
		jdbc.update("update ticketflow.outbox set claimed_by = ?, claimed_until = ? where id = ?", node,
				java.sql.Timestamp.from(until), message.id());
	}
}
