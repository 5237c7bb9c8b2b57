package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailSettings;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, after the transaction that wrote it committed; a failed delivery is tried again
 * with growing pauses, and one that keeps failing is marked failed on the ticket's history and for admins. Any
 * number of nodes may dispatch at once: each message is claimed by one node before it is sent
 * ({@link MailSettings#claimFor}); a node that dies leaves its claims to run out, and another node sends them then.
 * A node killed after the mail server took a message and before it was marked sent leaves it to be sent once more,
 * under the same Message-ID.
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int BATCH = 50;

	private final OutboxRepository outbox;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	private final TicketActions tickets;

	private final Clock clock;

	private final TicketQueries files;

	private final String node;

	private final MailHealth health;

	OutboxDispatcher(OutboxRepository outbox, TransactionTemplate transaction, MailSettings settings,
			TicketActions tickets, TicketQueries files, Clock clock, @Value("${ticketflow.node:local}") String node,
			MailHealth health) {
		this.node = node;
		this.health = health;
		this.clock = clock;
		this.files = files;
		this.outbox = outbox;
		this.transaction = transaction;
		this.settings = settings;
		this.tickets = tickets;
	}

	/**
	 * Sends every message due by {@code now} that no other node is sending through the given sender, batch by batch;
	 * returns how many went out.
	 */
	public int dispatchDue(JavaMailSender sender, Instant now) {
		int sent = 0;
		List<OutboxMessage> due = nextBatch(now);
		while (!due.isEmpty()) {
			sent += send(sender, due, now);
			due = nextBatch(now);
		}
		return sent;
	}

	/** The next due messages this node claimed; none when there are none, or when other nodes claimed them all. */
	private List<OutboxMessage> nextBatch(Instant now) {
		List<OutboxMessage> claimed = new ArrayList<>();
		Instant until = now.plus(settings.claimFor());
		for (OutboxMessage message : outbox.unclaimed(OutboxMessage.Status.PENDING, now, PageRequest.of(0, BATCH))) {
			Integer won = transaction.execute(status -> outbox.claim(message.id(), OutboxMessage.Status.PENDING, node,
					until, now));
			if (won != null && won == 1) {
				message.claimed(node, until);
				claimed.add(message);
			}
		}
		return claimed;
	}

	/**
	 * Sends a batch over one connection to the mail server. Each message is delivered or fails on its own: one
	 * that cannot be written or that the server refuses does not hold back the others.
	 */
	private int send(JavaMailSender sender, List<OutboxMessage> batch, Instant now) {
		Map<MimeMessage, OutboxMessage> written = new LinkedHashMap<>();
		Map<OutboxMessage, String> failures = new HashMap<>();
		for (OutboxMessage message : batch) {
			try {
				written.put(mime(sender, message), message);
			}
			catch (MessagingException ex) {
				failures.put(message, reason(ex));
			}
		}
		if (!written.isEmpty()) {
			try {
				sender.send(written.keySet().toArray(MimeMessage[]::new));
				health.sendingWorked();
			}
			catch (MailSendException ex) {
				ex.getFailedMessages().forEach((mime, cause) -> failures.put(written.get(mime), reason(cause)));
				serverWorked(ex, written.size());
			}
			catch (MailException ex) {
				written.values().forEach(message -> failures.put(message, reason(ex)));
				health.sendingFailed(reason(ex));
			}
		}
		int sent = 0;
		for (OutboxMessage message : batch) {
			String failure = failures.get(message);
			if (failure == null) {
				message.sent(clock.instant());
				sent++;
			}
			else {
				log.warn("delivery of outbox message {} to {} failed: {}", message.id(), message.recipient(), failure);
				message.failed(failure, settings.maxDeliveryAttempts(), now);
			}
			transaction.executeWithoutResult(status -> {
				outbox.save(message);
				if (message.status() == OutboxMessage.Status.FAILED) {
					tickets.deliveryFailed(message.ticketId(), message.recipient(), message.lastError());
				}
			});
		}
		return sent;
	}

	/**
	 * Some messages did not go out: the server works when it took the others, or refused each failed one by its
	 * addresses; not when it could not be reached or broke off.
	 */
	private void serverWorked(MailSendException failed, int written) {
		boolean refusedByAddress = failed.getFailedMessages().values().stream()
			.allMatch(cause -> cause instanceof SendFailedException);
		if (failed.getFailedMessages().size() < written || refusedByAddress) {
			health.sendingWorked();
		}
		else {
			health.sendingFailed(reason(failed));
		}
	}

	private static String reason(Exception ex) {
		return NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		// an article's files go with it: multipart/mixed, each with the name and content type it was written with
		List<TicketQueries.AttachmentContent> attached = message.articleId() == null ? List.of()
				: files.filesOf(message.articleId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, !attached.isEmpty(), "UTF-8");
		helper.setFrom(message.sender());
		helper.setTo(message.recipient());
		// a reply-all: the article keeps the addresses in copy, the mail carries them
		String cc = message.articleId() == null ? null : files.article(message.articleId()).cc();
		if (cc != null && !cc.isBlank()) {
			helper.setCc(InternetAddress.parse(cc));
		}
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		for (TicketQueries.AttachmentContent file : attached) {
			helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
		}
		mime.setHeader("Message-ID", message.messageId());
		if (message.inReplyTo() != null) {
			mime.setHeader("In-Reply-To", message.inReplyTo());
		}
		if (message.referencesHeader() != null) {
			mime.setHeader("References", message.referencesHeader());
		}
		mime.setHeader(LoopProtection.LOOP_HEADER, message.sender());
		if (message.automatic()) {
			mime.setHeader("Auto-Submitted", "auto-replied");
			mime.setHeader("X-Auto-Response-Suppress", "All");
		}
		return mime;
	}
}
