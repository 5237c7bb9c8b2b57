package io.ticketflow.sla.internal;

import io.ticketflow.sla.BusinessCalendar;
import io.ticketflow.sla.DeadlineKind;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A ticket's service-level clock: the service level chosen for it and its three deadlines. It runs while the help
 * desk owes the customer something and stands still while the ticket is pending.
 */
@Entity
@Table(name = "ticket_clock")
public class TicketClock {

	@Id
	private Long ticketId;

	private Long serviceLevelId;

	private String queue;

	/** What the service level was chosen by (queue, company, customer), to notice when that changes. */
	private String chosenFor;

	private Instant pausedAt;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "started", column = @Column(name = "first_response_started")),
			@AttributeOverride(name = "warnAt", column = @Column(name = "first_response_warn_at")),
			@AttributeOverride(name = "dueAt", column = @Column(name = "first_response_due_at")),
			@AttributeOverride(name = "metAt", column = @Column(name = "first_response_met_at")) })
	private Deadline firstResponse = new Deadline();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "started", column = @Column(name = "update_started")),
			@AttributeOverride(name = "warnAt", column = @Column(name = "update_warn_at")),
			@AttributeOverride(name = "dueAt", column = @Column(name = "update_due_at")),
			@AttributeOverride(name = "metAt", column = @Column(name = "update_met_at")) })
	private Deadline update = new Deadline();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "started", column = @Column(name = "solution_started")),
			@AttributeOverride(name = "warnAt", column = @Column(name = "solution_warn_at")),
			@AttributeOverride(name = "dueAt", column = @Column(name = "solution_due_at")),
			@AttributeOverride(name = "metAt", column = @Column(name = "solution_met_at")) })
	private Deadline solution = new Deadline();

	@Version
	private long version;

	protected TicketClock() {
	}

	/** Whether the first response went out (or was never awaited) and a customer's message was answered. */
	public boolean firstResponded() {
		return deadline(DeadlineKind.FIRST_RESPONSE).metAt() != null || deadline(DeadlineKind.UPDATE).started() != null;
	}

	/** Since when the customer waits for the next answer, when the update time runs. */
	public Instant customerWaitingSince() {
		return deadline(DeadlineKind.UPDATE).isRunning() ? deadline(DeadlineKind.UPDATE).started() : null;
	}

	public TicketClock(long ticketId) {
		this.ticketId = ticketId;
	}

	/**
	 * Puts the ticket under a service level (or none), counting from the ticket's creation: the first response and
	 * the solution are due from then, the update from the customer's last unanswered message.
	 */
	public void choose(ServiceLevel level, String key, String queueName, BusinessCalendar calendar, Instant created,
			boolean firstResponded, Instant customerWaitingSince) {
		serviceLevelId = level == null ? null : level.id();
		queue = queueName;
		chosenFor = key;
		for (DeadlineKind kind : DeadlineKind.values()) {
			deadline(kind).stop();
		}
		if (level == null) {
			return;
		}
		startIfMeasured(DeadlineKind.SOLUTION, level, created, calendar);
		if (!firstResponded) {
			startIfMeasured(DeadlineKind.FIRST_RESPONSE, level, created, calendar);
		}
		else if (customerWaitingSince != null) {
			startIfMeasured(DeadlineKind.UPDATE, level, customerWaitingSince, calendar);
		}
	}

	/** The customer wrote: unless the first response is still awaited, the update time begins. */
	public void customerWrote(ServiceLevel level, Instant at, BusinessCalendar calendar) {
		if (level != null && !deadline(DeadlineKind.FIRST_RESPONSE).isRunning() && !deadline(DeadlineKind.UPDATE).isRunning()) {
			startIfMeasured(DeadlineKind.UPDATE, level, at, calendar);
		}
	}

	/** An answer the customer reads went out. */
	public void answered(Instant at) {
		deadline(DeadlineKind.FIRST_RESPONSE).meet(at);
		deadline(DeadlineKind.UPDATE).meet(at);
	}

	public void solved(Instant at) {
		deadline(DeadlineKind.FIRST_RESPONSE).meet(at);
		deadline(DeadlineKind.UPDATE).meet(at);
		deadline(DeadlineKind.SOLUTION).meet(at);
		pausedAt = null;
	}

	public void pause(Instant at) {
		if (pausedAt == null) {
			pausedAt = at;
		}
	}

	public void resume(Instant at, BusinessCalendar calendar) {
		if (pausedAt != null) {
			for (DeadlineKind kind : DeadlineKind.values()) {
				deadline(kind).resume(pausedAt, at, calendar);
			}
			pausedAt = null;
		}
	}

	private void startIfMeasured(DeadlineKind kind, ServiceLevel level, Instant at, BusinessCalendar calendar) {
		Duration allowed = level.allowed(kind);
		if (allowed != null) {
			deadline(kind).start(at, allowed, level.warnPercent(), calendar);
		}
	}

	/** A deadline never started reads back from the database as null (all its columns are): it is a new one. */
	public Deadline deadline(DeadlineKind kind) {
		return switch (kind) {
			case FIRST_RESPONSE -> firstResponse = firstResponse == null ? new Deadline() : firstResponse;
			case UPDATE -> update = update == null ? new Deadline() : update;
			case SOLUTION -> solution = solution == null ? new Deadline() : solution;
		};
	}

	public Map<DeadlineKind, Deadline> deadlines() {
		return Map.of(DeadlineKind.FIRST_RESPONSE, deadline(DeadlineKind.FIRST_RESPONSE), DeadlineKind.UPDATE,
				deadline(DeadlineKind.UPDATE), DeadlineKind.SOLUTION, deadline(DeadlineKind.SOLUTION));
	}

	public long ticketId() {
		return ticketId;
	}

	public Long serviceLevelId() {
		return serviceLevelId;
	}

	public String chosenFor() {
		return chosenFor;
	}

	public boolean isPaused() {
		return pausedAt != null;
	}
}
