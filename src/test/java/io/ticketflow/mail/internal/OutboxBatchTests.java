package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.Mailboxes;
import io.ticketflow.ticket.TicketQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** The outbox sends a batch over one connection, and a message that cannot go out holds back none of the others. */
@PostgresTest
class OutboxBatchTests {

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

	@Test
	void aMessageThatCannotGoOutHoldsBackNoneOfTheOthers() {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		List<OutboxMessage> messages = List.of(message(ticket, "first-" + unique + "@example.com", now),
				message(ticket, "<unclosed-" + unique, now), message(ticket, "third-" + unique + "@example.com", now));
		messages.forEach(outbox::save);

		assertThat(dispatcher.dispatchDue(sender, now)).isGreaterThanOrEqualTo(2);

		Mailboxes mailboxes = new Mailboxes(server);
		assertThat(mailboxes.inbox("first-" + unique + "@example.com")).hasSize(1);
		assertThat(mailboxes.inbox("third-" + unique + "@example.com")).hasSize(1);
		assertThat(outbox.findByTicketIdOrderById(ticket)).filteredOn(m -> m.recipient().endsWith(unique + "@example.com"))
			.hasSize(2)
			.allSatisfy(good -> assertThat(good.status()).isEqualTo(OutboxMessage.Status.SENT));
		assertThat(outbox.findByTicketIdOrderById(ticket)).filteredOn(m -> m.recipient().startsWith("<unclosed"))
			.singleElement()
			.satisfies(bad -> {
				assertThat(bad.status()).isEqualTo(OutboxMessage.Status.PENDING);
				assertThat(bad.attempts()).isEqualTo(1);
				assertThat(bad.lastError()).isNotBlank();
				assertThat(bad.nextAttemptAt()).isAfter(now);
			});
	}

	private static OutboxMessage message(long ticket, String recipient, Instant at) {
		return new OutboxMessage(ticket, null, "support@localhost", recipient, "Batch", "Hello.",
				"<" + UUID.randomUUID() + "@ticketflow.localhost>", null, null, false, at);
	}
}
