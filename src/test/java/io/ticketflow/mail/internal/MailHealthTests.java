package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What the mail's health says of the servers, from what the poller and the outbox last met. */
class MailHealthTests {

	private final MailHealth health = new MailHealth(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void nothingTriedYetIsUp() {
		Health said = health.health();
		assertThat(said.getStatus()).isEqualTo(Status.UP);
		assertThat(said.getDetails()).containsEntry("mailboxes", Map.of()).containsEntry("sending", "nothing sent yet");
	}

	@Test
	void aMailboxThatCannotBeReadIsDownUntilItIsReadAgain() {
		health.read("support");
		health.unreadable("sales", new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
		Health down = health.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("mailboxes", Map.of("sales",
				"failed at 2026-12-06T10:00:00Z: Couldn't connect to host: Connection refused", "support", "read at 2026-12-06T10:00:00Z"));

		health.read("sales");
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void sendingThatFailedIsDownUntilTheServerWorksAgain() {
		health.sendingFailed("Authentication failed");
		Health down = health.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("sending", "failed at 2026-12-06T10:00:00Z: Authentication failed");

		health.sendingWorked();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).containsEntry("sending", "sent at 2026-12-06T10:00:00Z");
	}
}
