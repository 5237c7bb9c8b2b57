package io.ticketflow.ticket.internal;

import io.ticketflow.shared.Language;
import io.ticketflow.ticket.AutoResponseKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queue's own text for one kind of automatic answer in one language; configuration, so administrators may change it. */
@Entity
@Table(name = "auto_response_text")
public class AutoResponseText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long queueId;

	@Enumerated(EnumType.STRING)
	private AutoResponseKind kind;

	private String language;

	private String subject;

	private String body;

	private String changedBy;

	private Instant changedAt;

	protected AutoResponseText() {
	}

	public AutoResponseText(long queueId, AutoResponseKind kind, Language language) {
		this.queueId = queueId;
		this.kind = kind;
		this.language = language.code();
	}

	public void rewrite(String newSubject, String newBody, String admin, Instant at) {
		subject = newSubject;
		body = newBody;
		changedBy = admin;
		changedAt = at;
	}

	public AutoResponseKind kind() { return kind; }
	public String subject() { return subject; }
	public String body() { return body; }
}
