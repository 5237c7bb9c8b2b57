package io.ticketflow.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A mail to send, written with its article; the dispatcher sends it after commit and retries until it is out. */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

	public enum Status {
		PENDING, SENT, FAILED
	}

	/** Whom a mail is for: the ticket's customer (an article of the ticket), or an agent (a notification). */
	public enum Purpose {
		CUSTOMER, AGENT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long articleId;

	private String sender;

	private String recipient;

	private String subject;

	private String body;

	private String messageId;

	private String inReplyTo;

	private String referencesHeader;

	private boolean automatic;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	private String claimedBy;

	private Instant claimedUntil;

	protected OutboxMessage() {
	}

	/** A notification to an agent: automatic, and part of no article. */
	public static OutboxMessage notification(long ticketId, String sender, String recipient, String subject,
			String body, String messageId, Instant at) {
		OutboxMessage message = new OutboxMessage(ticketId, null, sender, recipient, subject, body, messageId, null,
				null, true, at);
		message.purpose = Purpose.AGENT;
		return message;
	}

	public OutboxMessage(long ticketId, Long articleId, String sender, String recipient, String subject, String body,
			String messageId, String inReplyTo, String references, boolean automatic, Instant at) {
		this.ticketId = ticketId;
		this.articleId = articleId;
		this.sender = sender;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.messageId = messageId;
		this.inReplyTo = inReplyTo;
		this.referencesHeader = references;
		this.automatic = automatic;
		this.purpose = Purpose.CUSTOMER;
		this.status = Status.PENDING;
		this.createdAt = at;
		this.nextAttemptAt = createdAt;
	}

	public void sent(Instant at) {
		status = Status.SENT;
		attempts++;
		sentAt = at;
		lastError = null;
	}

	/** Claimed by the node until the time given, as the database has it now ({@link OutboxRepository#claim}). */
	void claimed(String node, Instant until) {
		claimedBy = node;
		claimedUntil = until;
	}

	/**
	 * Backs off exponentially from 30 seconds to an hour after {@code now}; gives up after the last attempt. The claim
	 * ends: when the message is due again, any node may send it.
	 */
	public void failed(String error, int maxAttempts, Instant now) {
		claimedUntil = null;
		attempts++;
		lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
		long delay = Math.min(3600, 30L << Math.min(attempts - 1, 7));
		nextAttemptAt = now.plus(Duration.ofSeconds(delay));
		if (attempts >= maxAttempts) {
			status = Status.FAILED;
		}
	}

	public Long id() { return id; }
	public String claimedBy() { return claimedBy; }
	public Long ticketId() { return ticketId; }
	public Long articleId() { return articleId; }
	public String sender() { return sender; }
	public String recipient() { return recipient; }
	public String subject() { return subject; }
	public String body() { return body; }
	public String messageId() { return messageId; }
	public String inReplyTo() { return inReplyTo; }
	public String referencesHeader() { return referencesHeader; }
	public boolean automatic() { return automatic; }
	public Purpose purpose() { return purpose; }
	public Status status() { return status; }
	public int attempts() { return attempts; }
	public Instant nextAttemptAt() { return nextAttemptAt; }
	public String lastError() { return lastError; }
	public Instant createdAt() { return createdAt; }
	public Instant sentAt() { return sentAt; }
}
