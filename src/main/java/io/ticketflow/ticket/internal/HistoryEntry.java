package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.HistoryType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a ticket's history. Written once, never changed. */
@Entity
@Immutable
@Table(name = "ticket_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private HistoryType type;

	private String actor;

	private String detail;

	private Instant createdAt;

	protected HistoryEntry() {
	}

	public HistoryEntry(long ticketId, HistoryType type, String actor, String detail) {
		this.ticketId = ticketId;
		this.type = type;
		this.actor = actor;
		this.detail = detail;
		this.createdAt = Instant.now();
	}

	public Long id() { return id; }
	public Long ticketId() { return ticketId; }
	public HistoryType type() { return type; }
	public String actor() { return actor; }
	public String detail() { return detail; }
	public Instant createdAt() { return createdAt; }
}
