package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailSettings;
import io.ticketflow.ticket.CustomerMessageWritten;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts every article meant for a customer's mailbox into the outbox, in the transaction that writes the article. */
@Component
class OutboxWriter {

	private final OutboxRepository outbox;

	private final MailSettings settings;

	private final Clock clock;

	OutboxWriter(OutboxRepository outbox, MailSettings settings, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.settings = settings;
	}

	@EventListener
	void on(CustomerMessageWritten message) {
		String sender = message.queueAddress() == null ? settings.from() : message.queueAddress();
		outbox.save(new OutboxMessage(message.ticketId(), message.articleId(), sender, message.to(), message.subject(),
				message.body(), message.messageId(), message.inReplyTo(), message.references(), message.automatic(),
				clock.instant()));
	}
}
