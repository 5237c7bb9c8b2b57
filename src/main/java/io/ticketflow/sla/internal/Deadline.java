package io.ticketflow.sla.internal;

import io.ticketflow.sla.BusinessCalendar;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * One of a ticket's deadlines: when its time began, when to warn, when it is due, and when it was met. A deadline
 * not started is not running; one met is done with.
 */
@Embeddable
public class Deadline {

	private Instant started;

	private Instant warnAt;

	private Instant dueAt;

	private Instant metAt;

	protected Deadline() {
	}

	/** Starts the time, warning when the given share of it is used. */
	void start(Instant at, Duration allowed, int warnPercent, BusinessCalendar calendar) {
		started = at;
		metAt = null;
		dueAt = calendar.plus(at, allowed);
		warnAt = calendar.plus(at, allowed.multipliedBy(warnPercent).dividedBy(100));
	}

	void stop() {
		started = null;
		warnAt = null;
		dueAt = null;
		metAt = null;
	}

	void meet(Instant at) {
		if (isRunning()) {
			metAt = at;
		}
	}

	/**
	 * The clock stood from {@code pausedAt} to {@code now}: what was still ahead moves on by the working time lost. A
	 * deadline that began meanwhile (the customer's message that ended the pause) lost nothing.
	 */
	void resume(Instant pausedAt, Instant now, BusinessCalendar calendar) {
		if (isRunning() && started.isBefore(pausedAt)) {
			warnAt = moved(warnAt, pausedAt, now, calendar);
			dueAt = moved(dueAt, pausedAt, now, calendar);
		}
	}

	private static Instant moved(Instant moment, Instant pausedAt, Instant now, BusinessCalendar calendar) {
		return moment.isAfter(pausedAt) ? calendar.plus(now, calendar.between(pausedAt, moment)) : moment;
	}

	public boolean isRunning() {
		return started != null && metAt == null;
	}

	public Instant started() {
		return started;
	}

	public Instant warnAt() {
		return warnAt;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public Instant metAt() {
		return metAt;
	}
}
