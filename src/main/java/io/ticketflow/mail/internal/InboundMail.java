package io.ticketflow.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A message as it was received, byte for byte, with what became of it. The bytes never change. */
@Entity
@DynamicUpdate
@Table(name = "inbound_mail")
public class InboundMail {

	public enum Status {
		RECEIVED, PROCESSED, QUARANTINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String dedupKey;

	private String messageId;

	private String sha256;

	private String source;

	private byte[] raw;

	private long sizeBytes;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String reason;

	private String ticketNumber;

	private Instant processedAt;

	protected InboundMail() {
	}

	public InboundMail(String dedupKey, String messageId, String sha256, String source, byte[] raw) {
		this.dedupKey = dedupKey;
		this.messageId = messageId;
		this.sha256 = sha256;
		this.source = source;
		this.raw = raw;
		this.sizeBytes = raw.length;
		this.receivedAt = Instant.now();
		this.status = Status.RECEIVED;
	}

	public void processed(String ticket) {
		status = Status.PROCESSED;
		ticketNumber = ticket;
		reason = null;
		processedAt = Instant.now();
	}

	public void quarantine(String why) {
		status = Status.QUARANTINED;
		reason = why.length() > 2000 ? why.substring(0, 2000) : why;
		processedAt = Instant.now();
	}

	public Long id() { return id; }
	public String dedupKey() { return dedupKey; }
	public String messageId() { return messageId; }
	public String source() { return source; }
	public byte[] raw() { return raw; }
	public long sizeBytes() { return sizeBytes; }
	public Instant receivedAt() { return receivedAt; }
	public Status status() { return status; }
	public String reason() { return reason; }
	public String ticketNumber() { return ticketNumber; }
}
