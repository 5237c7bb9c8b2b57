package io.ticketflow.ticket.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Minutes an agent spent on a ticket, entered with one of their articles. */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long articleId;

	private String agent;

	private int minutes;

	private Instant createdAt;

	protected TimeEntry() {
	}

	public TimeEntry(long ticketId, long articleId, String agent, int minutes, Instant at) {
		this.ticketId = ticketId;
		this.articleId = articleId;
		this.agent = agent;
		this.minutes = minutes;
		this.createdAt = at;
	}
}
