package io.ticketflow.mail.internal;

import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.IngestResult;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps messages that could not become articles, in a transaction of their own so that they survive the failure. */
@Component
public class InboundStore {

	private final InboundMailRepository mails;

	private final Clock clock;

	InboundStore(InboundMailRepository mails, Clock clock) {
		this.clock = clock;
		this.mails = mails;
	}

	@Transactional(readOnly = true)
	public Optional<InboundMail> byKey(String dedupKey) {
		return mails.findByDedupKey(dedupKey);
	}

	/** The row of the message if it is there already (a reprocessed one), else a new one; a taken one stays taken. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public IngestResult quarantine(InboundMail message, String reason) {
		InboundMail mail = mails.findByDedupKey(message.dedupKey()).orElseGet(message::copy);
		if (mail.status() == InboundMail.Status.PROCESSED) {
			return new IngestResult(Outcome.DUPLICATE, mail.ticketNumber(), null);
		}
		mail.quarantine(reason, clock.instant());
		mails.save(mail);
		return new IngestResult(Outcome.QUARANTINED, null, mail.reason());
	}
}
