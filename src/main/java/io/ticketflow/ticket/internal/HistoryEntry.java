package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.HistoryType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.hibernate.annotations.Immutable;

/** One line of a ticket's history. Written once, never changed. */
@Entity
@Immutable
@Table(name = "ticket_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
	@SequenceGenerator(name = "ticket_history_seq", sequenceName = "ticket_history_seq", allocationSize = IdSequences.BLOCK)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private HistoryType type;

	private String actor;

	private String detail;

	private Instant createdAt;

	private String previousHash;

	private String hash;

	protected HistoryEntry() {
	}

	/** A new line, chained to the ticket's newest one. */
	public HistoryEntry(long ticketId, HistoryType type, String actor, String detail, Instant at, String previousHash) {
		this.ticketId = ticketId;
		this.type = type;
		this.actor = actor;
		this.detail = detail;
		this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** SHA-256 over the line's content and the hash before it, as written and as checked. */
	public String computeHash() {
		String content = String.join("\n", String.valueOf(previousHash), String.valueOf(ticketId), type.name(),
				String.valueOf(actor), String.valueOf(detail), createdAt.toString());
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	public Long id() { return id; }
	public Long ticketId() { return ticketId; }
	public HistoryType type() { return type; }
	public String actor() { return actor; }
	public String detail() { return detail; }
	public Instant createdAt() { return createdAt; }
	public String previousHash() { return previousHash; }
	public String hash() { return hash; }
}
