package io.ticketflow.faq.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An FAQ entry: which of its versions is current. The versions themselves never change. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int currentVersion;

	private Instant createdAt;

	protected FaqEntry() {
	}

	public FaqEntry(Instant at) {
		this.currentVersion = 1;
		this.createdAt = at;
	}

	public int advance() {
		return ++currentVersion;
	}

	public Long id() { return id; }
	public int currentVersion() { return currentVersion; }
}
