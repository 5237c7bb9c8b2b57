package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.FollowUpPolicy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A queue of tickets; the agents of its group work them. */
@Entity
@Table(name = "queue")
public class Queue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String groupId;

	@Enumerated(EnumType.STRING)
	private FollowUpPolicy followUpPolicy;

	private String email;

	private String salutation;

	private String signature;

	private Instant createdAt;

	protected Queue() {
	}

	public Queue(String name, String groupId, FollowUpPolicy followUpPolicy, String email, Instant at) {
		this.name = name;
		this.groupId = groupId;
		this.followUpPolicy = followUpPolicy;
		this.email = email;
		this.createdAt = at;
	}

	/** The opening and closing lines of this queue's replies; null for the help desk's default. */
	public void writeTexts(String newSalutation, String newSignature) {
		salutation = newSalutation;
		signature = newSignature;
	}

	public String salutation() {
		return salutation;
	}

	public String signature() {
		return signature;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String groupId() {
		return groupId;
	}

	public FollowUpPolicy followUpPolicy() {
		return followUpPolicy;
	}

	public String email() {
		return email;
	}
}
