package io.ticketflow.ticket.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's watch on a ticket, on or off. */
@Entity
@Table(name = "ticket_watcher")
public class TicketWatcher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private String username;

	private boolean watching;

	private Instant changedAt;

	protected TicketWatcher() {
	}

	public TicketWatcher(long ticketId, String username) {
		this.ticketId = ticketId;
		this.username = username;
	}

	public void switchTo(boolean on, Instant at) {
		watching = on;
		changedAt = at;
	}

	public boolean watching() {
		return watching;
	}

	public String username() {
		return username;
	}
}
