package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the help desk out of mail loops: no automatic answer to mail that a robot sent, and no more than a daily
 * number of automatic answers to any one address.
 */
@Component
public class LoopProtection {

	/** Set on everything the help desk sends; a message carrying it came back to us. */
	public static final String LOOP_HEADER = "X-Ticketflow-Loop";

	private static final Set<String> BULK = Set.of("bulk", "junk", "list");

	private static final Set<String> ROBOTS = Set.of("mailer-daemon", "postmaster");

	private final OutboxRepository outbox;

	private final MailSettings settings;

	private final Clock clock;

	LoopProtection(OutboxRepository outbox, MailSettings settings, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.settings = settings;
	}

	/** Sent by a program (auto-reply, list, bounce, our own mail), not by a person. */
	public boolean isAutomated(ParsedMail mail) {
		String autoSubmitted = mail.header("auto-submitted");
		String precedence = mail.header("precedence");
		String sender = mail.from().address().toLowerCase(Locale.ROOT);
		return (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no"))
				|| (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT)))
				|| mail.header("x-loop") != null || mail.header("list-id") != null
				|| mail.header(LOOP_HEADER.toLowerCase(Locale.ROOT)) != null
				|| "".equals(mail.returnPath())
				|| ROBOTS.contains(sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender);
	}

	/** Whether this address may still get an automatic answer today. */
	public boolean mayAnswer(String address) {
		Instant today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC);
		return outbox.countByRecipientAndPurposeAndAutomaticTrueAndCreatedAtGreaterThanEqual(address,
				OutboxMessage.Purpose.CUSTOMER, today)
				< settings.autoResponseDailyLimit();
	}
}
