package io.ticketflow.mail;

import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.internal.InboundMail;
import io.ticketflow.mail.internal.InboundMailRepository;
import io.ticketflow.mail.internal.InboundStore;
import io.ticketflow.mail.internal.MailParser;
import io.ticketflow.mail.internal.MailToTicket;
import io.ticketflow.mail.internal.ParsedMail;
import io.ticketflow.mail.internal.UnreadableMailException;
import io.ticketflow.shared.HelpDeskException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostMaster: takes one raw message, keeps it byte for byte, and puts it in exactly one ticket or in the
 * quarantine. The same message taken twice (same Message-ID, or same bytes without one) makes one article.
 */
@Service
public class MailIngestion {

	private static final Logger log = LoggerFactory.getLogger(MailIngestion.class);

	private final MailParser parser;

	private final InboundStore store;

	private final InboundMailRepository mails;

	private final MailToTicket tickets;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	MailIngestion(MailParser parser, InboundStore store, InboundMailRepository mails,
			MailToTicket tickets, TransactionTemplate transaction, MailSettings settings) {
		this.parser = parser;
		this.store = store;
		this.mails = mails;
		this.tickets = tickets;
		this.transaction = transaction;
		this.settings = settings;
	}

	/**
	 * @param source where the message came from, e.g. the mailbox's name
	 * @param queue the queue new tickets from this source go to
	 * @throws TemporaryMailFailure when nothing could be kept: the sender (mailbox, MTA) must deliver it again
	 */
	public IngestResult ingest(byte[] raw, String source, String queue, boolean trusted) {
		String sha256 = sha256(raw);
		String bySha = "sha256:" + sha256;
		try {
			if (raw.length > settings.maxSize()) {
				return quarantine(bySha, null, sha256, source, raw, "larger than " + settings.maxSize() + " bytes");
			}
			ParsedMail mail;
			try {
				mail = parser.parse(raw);
			}
			catch (UnreadableMailException ex) {
				return quarantine(bySha, null, sha256, source, raw, ex.getMessage());
			}
			String key = mail.messageId() != null ? mail.messageId() : bySha;
			var known = store.byKey(key);
			if (known.isPresent() && known.get().status() == InboundMail.Status.PROCESSED) {
				return new IngestResult(Outcome.DUPLICATE, known.get().ticketNumber(), null);
			}
			return take(new InboundMail(key, mail.messageId(), sha256, source, raw), mail, queue, trusted);
		}
		catch (TemporaryMailFailure ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new TemporaryMailFailure("the message could not be kept now: " + ex.getMessage(), ex);
		}
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
			return store.quarantine(kept.dedupKey(), kept.messageId(), null, kept.source(), kept.raw(), ex.getMessage());
		}
	}

	private IngestResult take(InboundMail inbound, ParsedMail mail, String queue, boolean trusted) {
		try {
			return transaction.execute(status -> {
				InboundMail row = mails.saveAndFlush(inbound);
				IngestResult result = tickets.take(mail, queue, trusted);
				row.processed(result.ticket());
				mails.save(row);
				return result;
			});
		}
		catch (DataIntegrityViolationException raced) {
			var winner = store.byKey(inbound.dedupKey());
			if (winner.isPresent() && winner.get().status() == InboundMail.Status.PROCESSED) {
				return new IngestResult(Outcome.DUPLICATE, winner.get().ticketNumber(), null);
			}
			throw raced;
		}
		catch (HelpDeskException refused) {
			log.warn("inbound mail {} quarantined: {}", inbound.dedupKey(), refused.getMessage());
			return store.quarantine(inbound.dedupKey(), inbound.messageId(), sha256(inbound.raw()), inbound.source(),
					inbound.raw(), refused.getMessage());
		}
	}

	private IngestResult quarantine(String key, String messageId, String sha256, String source, byte[] raw,
			String reason) {
		log.warn("inbound mail from {} quarantined: {}", source, reason);
		return store.quarantine(key, messageId, sha256, source, raw, reason);
	}

	static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}
}
