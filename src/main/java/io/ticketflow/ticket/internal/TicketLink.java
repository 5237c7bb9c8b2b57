package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.LinkKind;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two tickets an agent linked; for a parent link {@code fromId} is the parent. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

	private static final String PARENT = "parent";

	private static final String RELATED = "related";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fromId;

	private Long toId;

	private String kind;

	private String createdBy;

	private Instant createdAt;

	protected TicketLink() {
	}

	/** The link of a ticket and the other one, given what the other one is to it. */
	public TicketLink(long ticketId, long otherId, LinkKind other, String actor, Instant at) {
		this.fromId = other == LinkKind.PARENT ? otherId : ticketId;
		this.toId = other == LinkKind.PARENT ? ticketId : otherId;
		this.kind = other == LinkKind.RELATED ? RELATED : PARENT;
		this.createdBy = actor;
		this.createdAt = at;
	}

	/** The ticket at the other end, seen from one of the two. */
	public long otherThan(long ticketId) {
		return fromId == ticketId ? toId : fromId;
	}

	/** What the other ticket is to the given one. */
	public LinkKind seenFrom(long ticketId) {
		if (RELATED.equals(kind)) {
			return LinkKind.RELATED;
		}
		return fromId == ticketId ? LinkKind.CHILD : LinkKind.PARENT;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
