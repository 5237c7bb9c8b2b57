package io.ticketflow.ticket.internal;

import io.ticketflow.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queue's salutation and signature in one language; configuration, so administrators may change them. */
@Entity
@Table(name = "queue_text")
public class QueueText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long queueId;

	private String language;

	private String salutation;

	private String signature;

	private String changedBy;

	private Instant changedAt;

	protected QueueText() {
	}

	public QueueText(long queueId, Language language) {
		this.queueId = queueId;
		this.language = language.code();
	}

	public void rewrite(String newSalutation, String newSignature, String admin, Instant at) {
		salutation = newSalutation;
		signature = newSignature;
		changedBy = admin;
		changedAt = at;
	}

	public String salutation() {
		return salutation;
	}

	public String signature() {
		return signature;
	}
}
