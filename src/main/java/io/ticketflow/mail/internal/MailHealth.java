package io.ticketflow.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Whether the mail servers work, as this node last found them (/actuator/health, component {@code mail}): each
 * mailbox it read, and the server it sends through. Down while the last read of a mailbox or the last sending failed
 * to reach or log in to the server; up again at the next one that works. What no one tried yet says so. It asks no
 * server itself: a probe costs nothing, and it tells what the help desk met. Its name keeps Spring Boot's own mail
 * indicator, which connects to the sending server at every probe, away.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

	private final Map<String, Outcome> mailboxes = new ConcurrentHashMap<>();

	private final AtomicReference<Outcome> sending = new AtomicReference<>();

	private final Clock clock;

	MailHealth(Clock clock) {
		this.clock = clock;
	}

	/** The mailbox was read: the server answered and let the help desk in. */
	void read(String mailbox) {
		mailboxes.put(mailbox, new Outcome(clock.instant(), null));
	}

	/** The mailbox could not be read: the server did not answer, or refused the login or the folder. */
	void unreadable(String mailbox, Exception why) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(why);
		String reason = cause == why ? why.getMessage() : why.getMessage() + ": " + cause.getMessage();
		mailboxes.put(mailbox, new Outcome(clock.instant(), reason));
	}

	/** The sending server took messages, or refused them one by one (an address it does not know): it works. */
	void sendingWorked() {
		sending.set(new Outcome(clock.instant(), null));
	}

	/** The sending server could not be reached, or refused the login: nothing went out. */
	void sendingFailed(String reason) {
		sending.set(new Outcome(clock.instant(), reason));
	}

	@Override
	public Health health() {
		Map<String, String> read = new TreeMap<>();
		mailboxes.forEach((mailbox, outcome) -> read.put(mailbox, outcome.say("read")));
		Outcome sent = sending.get();
		boolean works = sent == null || sent.works();
		works &= mailboxes.values().stream().allMatch(Outcome::works);
		return (works ? Health.up() : Health.down()).withDetail("mailboxes", read)
			.withDetail("sending", sent == null ? "nothing sent yet" : sent.say("sent")).build();
	}

	private record Outcome(Instant at, String failure) {

		boolean works() {
			return failure == null;
		}

		String say(String done) {
			return works() ? done + " at " + at : "failed at " + at + ": " + failure;
		}
	}
}
