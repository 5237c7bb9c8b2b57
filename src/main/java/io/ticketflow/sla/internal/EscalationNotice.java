package io.ticketflow.sla.internal;

import io.ticketflow.sla.DeadlineKind;
import io.ticketflow.sla.EscalationLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A warning or breach of one deadline, announced: there is one per deadline and level, ever. */
@Entity
@Table(name = "escalation_notice")
public class EscalationNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private DeadlineKind deadline;

	@Enumerated(EnumType.STRING)
	private EscalationLevel level;

	private Instant started;

	private Instant sentAt;

	protected EscalationNotice() {
	}

	public EscalationNotice(long ticketId, DeadlineKind deadline, EscalationLevel level, Instant started, Instant at) {
		this.ticketId = ticketId;
		this.deadline = deadline;
		this.level = level;
		this.started = started;
		this.sentAt = at;
	}
}
