package io.ticketflow.ticket.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrator's text for a standard response; configuration, so it may change. */
@Entity
@Table(name = "standard_response")
public class StandardResponseText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String body;

	private String changedBy;

	private Instant changedAt;

	protected StandardResponseText() {
	}

	public StandardResponseText(String name) {
		this.name = name;
	}

	public void rewrite(String newBody, String admin, Instant at) {
		body = newBody;
		changedBy = admin;
		changedAt = at;
	}

	public String name() { return name; }
	public String body() { return body; }
}
