package io.ticketflow.sla.internal;

import io.ticketflow.sla.AssignedTo;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service level given to a queue, a company or a customer. */
@Entity
@Table(name = "service_level_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private AssignedTo targetType;

	private String target;

	private Long serviceLevelId;

	private Instant changedAt;

	protected Assignment() {
	}

	public Assignment(AssignedTo type, String target) {
		this.targetType = type;
		this.target = target;
	}

	public void give(long serviceLevel, Instant at) {
		serviceLevelId = serviceLevel;
		changedAt = at;
	}

	public AssignedTo targetType() {
		return targetType;
	}

	public String target() {
		return target;
	}

	public long serviceLevelId() {
		return serviceLevelId;
	}
}
