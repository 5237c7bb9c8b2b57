package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailAccounts;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the mailboxes and empties the outbox on a schedule (off in tests, which call both themselves). Without a
 * mail server configured (spring.mail.host) the outbox keeps its messages until there is one.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "ticketflow.mail.schedule", havingValue = "true", matchIfMissing = true)
class MailSchedule {

	private final MailAccounts accounts;

	private final MailboxPoller poller;

	private final OutboxDispatcher dispatcher;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	MailSchedule(MailAccounts accounts, MailboxPoller poller, OutboxDispatcher dispatcher,
			ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.poller = poller;
		this.dispatcher = dispatcher;
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${ticketflow.mail.poll-interval:PT10S}", initialDelayString = "PT5S")
	void poll() {
		accounts.all().forEach(poller::poll);
	}

	@Scheduled(fixedDelayString = "${ticketflow.mail.dispatch-interval:PT5S}", initialDelayString = "PT5S")
	void dispatch() {
		sender.ifAvailable(mailSender -> dispatcher.dispatchDue(mailSender, clock.instant()));
	}
}
