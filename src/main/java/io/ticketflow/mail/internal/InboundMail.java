package io.ticketflow.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
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

	/** Columns: dedup_key 1000, message_id 998, source 300, reason 2000 characters. */
	private static final int KEY = 1000;

	private static final int MESSAGE_ID = 998;

	private static final int SOURCE = 300;

	private static final int REASON = 2000;

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

	/** The message's value and column lengths do not decide whether it can be kept: they are fitted here. */
	public InboundMail(String dedupKey, String messageId, String sha256, String source, byte[] raw, Instant at) {
		this.dedupKey = dedupKey;
		this.messageId = Fitted.cut(Fitted.text(messageId), MESSAGE_ID);
		this.sha256 = sha256;
		this.source = Fitted.cut(Fitted.text(source), SOURCE);
		this.raw = raw;
		this.sizeBytes = raw.length;
		this.receivedAt = at;
		this.status = Status.RECEIVED;
	}

	/**
	 * The same message as a row not written yet. A row written in a transaction that then failed keeps the id it
	 * was given, which names no row: it must not be written again, its copy is.
	 */
	public InboundMail copy() {
		return new InboundMail(dedupKey, messageId, sha256, source, raw, receivedAt);
	}

	public void processed(String ticket, Instant at) {
		status = Status.PROCESSED;
		ticketNumber = ticket;
		reason = null;
		processedAt = at;
	}

	/**
	 * Same Message-ID, same message; without one, same bytes. An id too long for the column (or with characters a
	 * column cannot keep) is represented by its digest, so that it still finds its twin.
	 */
	public static String dedupKey(String messageId, String sha256) {
		if (messageId == null || messageId.isBlank()) {
			return "sha256:" + sha256;
		}
		String storable = Fitted.text(messageId);
		return storable.equals(messageId) && storable.length() <= KEY ? storable
				: "message-id-sha256:" + Digests.sha256(messageId.getBytes(StandardCharsets.UTF_8));
	}

	public void quarantine(String why, Instant at) {
		status = Status.QUARANTINED;
		String text = why == null || why.isBlank() ? "unreadable" : Fitted.text(why);
		reason = Fitted.cut(text, REASON);
		processedAt = at;
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
