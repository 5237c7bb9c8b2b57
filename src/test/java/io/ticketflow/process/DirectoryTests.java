package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Memberships are kept for five seconds, but what the help desk changes itself counts at once. */
@TicketflowTest
class DirectoryTests {

	@Autowired
	Directory directory;

	@Autowired
	IdentityService identity;

	@Test
	void aMembershipAddedThroughTheDirectoryCountsAtOnce() {
		String user = "u" + UUID.randomUUID().toString().substring(0, 8);
		String group = "g" + UUID.randomUUID().toString().substring(0, 8);
		directory.ensureGroup(group, "A group");
		directory.ensureUser(user, "Una", "User", "secret", List.of("agents"));
		assertThat(directory.groupsOf(user)).containsExactly("agents");
		assertThat(directory.emailsOf(Set.of(), Set.of(group))).isEmpty();

		directory.ensureUser(user, "Una", "User", "secret", List.of("agents", group));

		assertThat(directory.groupsOf(user)).containsExactlyInAnyOrder("agents", group);
		assertThat(directory.emailsOf(Set.of(), Set.of(group))).containsExactly(user + "@ticketflow.localhost");
	}

	@Test
	void aMembershipChangedElsewhereCountsWithinFiveSeconds() {
		AtomicLong nanos = new AtomicLong();
		Directory kept = new Directory(identity, nanos::get);
		String user = "u" + UUID.randomUUID().toString().substring(0, 8);
		directory.ensureUser(user, "Una", "User", "secret", List.of("agents"));
		assertThat(kept.groupsOf(user)).containsExactly("agents");

		identity.createMembership(user, "observers"); // as Camunda Admin would
		nanos.addAndGet(Directory.FRESH_FOR.minusMillis(1).toNanos());
		assertThat(kept.groupsOf(user)).as("still the kept answer").containsExactly("agents");
		nanos.addAndGet(Duration.ofMillis(2).toNanos());
		assertThat(kept.groupsOf(user)).containsExactlyInAnyOrder("agents", "observers");
	}
}
