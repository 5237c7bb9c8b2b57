package io.ticketflow.mail;

import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.internal.Digests;
import io.ticketflow.mail.internal.InboundMail;
import io.ticketflow.mail.internal.InboundMailRepository;
import io.ticketflow.mail.internal.InboundStore;
import io.ticketflow.mail.internal.MailParser;
import io.ticketflow.mail.internal.MailMetrics;
import io.ticketflow.mail.internal.MailToTicket;
import io.ticketflow.mail.internal.ParsedMail;
import io.ticketflow.mail.internal.RawHeaders;
import io.ticketflow.mail.internal.UnreadableMailException;
import io.ticketflow.shared.HelpDeskException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostMaster: takes one raw message, keeps it byte for byte, and puts it in exactly one ticket or in the
 * quarantine. The same message taken twice (same Message-ID, or same bytes without one) makes one article.
 */
@Service
public class MailIngestion {

	private static final Logger log = LoggerFactory.getLogger(MailIngestion.class);

	private static final int ATTEMPTS = 2;

	private static final int TEMPORARY_ATTEMPTS = 3;

	private final MailParser parser;

	private final InboundStore store;

	private final InboundMailRepository mails;

	private final MailToTicket tickets;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	private final Clock clock;

	private final MailMetrics metrics;

	MailIngestion(MailParser parser, InboundStore store, InboundMailRepository mails,
			MailToTicket tickets, TransactionTemplate transaction, MailSettings settings, Clock clock, MailMetrics metrics) {
		this.clock = clock;
		this.metrics = metrics;
		this.parser = parser;
		this.store = store;
		this.mails = mails;
		this.tickets = tickets;
		this.transaction = transaction;
		this.settings = settings;
	}

	/**
	 * Every message ends in a ticket or in the quarantine with its reason; nothing about one message stops the ones
	 * after it.
	 *
	 * @param source where the message came from, e.g. the mailbox's name
	 * @param queue the queue new tickets from this source go to
	 * @throws TemporaryMailFailure only when the database can keep nothing, not even in the quarantine: the sender
	 * (mailbox, MTA) must deliver it again
	 */
	public IngestResult ingest(byte[] raw, String source, String queue, boolean trusted) {
		IngestResult result = take(raw, source, queue, trusted);
		metrics.taken(result);
		return result;
	}

	private IngestResult take(byte[] raw, String source, String queue, boolean trusted) {
		byte[] bytes = raw == null ? new byte[0] : raw;
		String sha256 = Digests.sha256(bytes);
		try {
			return read(bytes, sha256, source, queue, trusted);
		}
		catch (TemporaryMailFailure ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			return failed(new InboundMail(InboundMail.dedupKey(null, sha256), RawHeaders.messageId(bytes), sha256,
					source, bytes, clock.instant()), ex);
		}
	}

	private IngestResult read(byte[] raw, String sha256, String source, String queue, boolean trusted) {
		String bySha = InboundMail.dedupKey(null, sha256);
		if (raw.length > settings.maxSize()) {
			return quarantine(new InboundMail(bySha, RawHeaders.messageId(raw), sha256, source, raw, clock.instant()),
					"larger than " + settings.maxSize() + " bytes");
		}
		ParsedMail mail;
		try {
			mail = parser.parse(raw);
		}
		catch (UnreadableMailException ex) {
			return quarantine(new InboundMail(bySha, RawHeaders.messageId(raw), sha256, source, raw, clock.instant()), ex.getMessage());
		}
		String key = InboundMail.dedupKey(mail.messageId(), sha256);
		var known = store.byKey(key);
		if (known.isPresent() && known.get().status() == InboundMail.Status.PROCESSED) {
			return new IngestResult(Outcome.DUPLICATE, known.get().ticketNumber(), null);
		}
		return take(new InboundMail(key, mail.messageId(), sha256, source, raw, clock.instant()), mail, queue, trusted);
	}

	/** Tries a quarantined message again, e.g. after the cause was mended. */
	public IngestResult reprocess(long inboundId, String queue) {
		InboundMail kept = mails.findById(inboundId)
			.orElseThrow(() -> new io.ticketflow.shared.NotFoundException("no inbound mail " + inboundId));
		if (kept.status() == InboundMail.Status.PROCESSED) {
			return new IngestResult(Outcome.DUPLICATE, kept.ticketNumber(), null);
		}
		try {
			return take(kept, parser.parse(kept.raw()), queue, false);
		}
		catch (UnreadableMailException ex) {
			return store.quarantine(kept, ex.getMessage());
		}
	}

	/**
	 * A failure may be a race (another poller took the same message, two follow-ups changed one ticket), so it is
	 * tried once more, a database that cannot work now a few times; what still fails is this message's fault.
	 */
	private IngestResult take(InboundMail inbound, ParsedMail mail, String queue, boolean trusted) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> {
					InboundMail row = mails.saveAndFlush(inbound.id() == null ? inbound.copy() : inbound);
					IngestResult result = tickets.take(mail, queue, trusted);
					row.processed(result.ticket(), clock.instant());
					mails.save(row);
					return result;
				});
			}
			catch (HelpDeskException refused) {
				return quarantine(inbound, refused.getMessage());
			}
			catch (RuntimeException failure) {
				var winner = store.byKey(inbound.dedupKey());
				if (winner.isPresent() && winner.get().status() == InboundMail.Status.PROCESSED) {
					return new IngestResult(Outcome.DUPLICATE, winner.get().ticketNumber(), null);
				}
				if (attempt >= (IngestFailures.isTemporary(failure) ? TEMPORARY_ATTEMPTS : ATTEMPTS)) {
					return failed(inbound, failure);
				}
			}
		}
	}

	private IngestResult failed(InboundMail inbound, Throwable failure) {
		if (IngestFailures.isTemporary(failure)) {
			throw new TemporaryMailFailure("the database cannot take the message now", failure);
		}
		log.warn("inbound mail {} from {} could not be taken", inbound.dedupKey(), inbound.source(), failure);
		return quarantine(inbound, IngestFailures.reason(failure));
	}

	/**
	 * Kept aside with its reason; when not even that is possible, the sender has to deliver it again. A copy of the
	 * same message kept at the same moment (an identical mail taken beside it in the same poll) is this one's row:
	 * it is kept there.
	 */
	private IngestResult quarantine(InboundMail inbound, String reason) {
		log.warn("inbound mail {} from {} quarantined: {}", inbound.dedupKey(), inbound.source(), reason);
		try {
			return store.quarantine(inbound, reason);
		}
		catch (RuntimeException ex) {
			try {
				if (store.byKey(inbound.dedupKey()).isPresent()) {
					return store.quarantine(inbound, reason);
				}
			}
			catch (RuntimeException again) {
				ex.addSuppressed(again);
			}
			throw new TemporaryMailFailure("the message cannot be kept now, not even in the quarantine", ex);
		}
	}
}
