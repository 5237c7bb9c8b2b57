package io.ticketflow.mail;

import io.ticketflow.mail.internal.InboundMail;
import io.ticketflow.mail.internal.InboundMailRepository;
import io.ticketflow.mail.internal.OutboxMessage;
import io.ticketflow.mail.internal.OutboxRepository;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** What administrators see of the mail channel: the quarantine and the outbox. */
@Service
public class MailAdministration {

	private final InboundMailRepository inbound;

	private final OutboxRepository outbox;

	private final MailIngestion ingestion;

	private final Rights rights;

	MailAdministration(InboundMailRepository inbound, OutboxRepository outbox, MailIngestion ingestion, Rights rights) {
		this.inbound = inbound;
		this.outbox = outbox;
		this.ingestion = ingestion;
		this.rights = rights;
	}

	public List<QuarantinedMail> quarantine(String admin) {
		rights.requireAdmin(admin);
		return inbound.findByStatusOrderByIdDesc(InboundMail.Status.QUARANTINED).stream()
			.map(m -> new QuarantinedMail(m.id(), m.source(), m.messageId(), m.sizeBytes(), m.receivedAt(), m.reason()))
			.toList();
	}

	/** The message exactly as it was received. */
	public byte[] raw(String admin, long id) {
		rights.requireAdmin(admin);
		return inbound.findById(id).map(InboundMail::raw).orElseThrow(() -> new NotFoundException("no inbound mail " + id));
	}

	public IngestResult reprocess(String admin, long id, String queue) {
		rights.requireAdmin(admin);
		return ingestion.reprocess(id, queue);
	}

	public List<OutgoingMail> outbox(String admin, String status) {
		rights.requireAdmin(admin);
		OutboxMessage.Status wanted = io.ticketflow.ticket.Codes.parse(OutboxMessage.Status.class, status, "status");
		return outbox.findByStatusOrderByIdDesc(wanted, PageRequest.of(0, 200)).stream()
			.map(m -> new OutgoingMail(m.id(), m.recipient(), m.subject(), m.status().name().toLowerCase(),
					m.attempts(), m.nextAttemptAt(), m.lastError(), m.sentAt()))
			.toList();
	}

	public record QuarantinedMail(long id, String source, String messageId, long size, Instant received, String reason) {
	}

	public record OutgoingMail(long id, String recipient, String subject, String status, int attempts,
			Instant nextAttempt, String lastError, Instant sent) {
	}
}
