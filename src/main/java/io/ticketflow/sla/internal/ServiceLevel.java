package io.ticketflow.sla.internal;

import io.ticketflow.sla.DeadlineKind;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A service level: the three times a customer may wait, counted in its calendar's working time. */
@Entity
@Table(name = "service_level")
public class ServiceLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long calendarId;

	private Integer firstResponseMinutes;

	private Integer updateMinutes;

	private Integer solutionMinutes;

	private int warnPercent;

	private Instant changedAt;

	protected ServiceLevel() {
	}

	public ServiceLevel(String name) {
		this.name = name;
	}

	public void write(long calendar, Integer firstResponse, Integer update, Integer solution, int warn, Instant at) {
		calendarId = calendar;
		firstResponseMinutes = firstResponse;
		updateMinutes = update;
		solutionMinutes = solution;
		warnPercent = warn;
		changedAt = at;
	}

	/** The time allowed for a kind of deadline; null when this service level does not measure it. */
	public Duration allowed(DeadlineKind kind) {
		Integer minutes = switch (kind) {
			case FIRST_RESPONSE -> firstResponseMinutes;
			case UPDATE -> updateMinutes;
			case SOLUTION -> solutionMinutes;
		};
		return minutes == null ? null : Duration.ofMinutes(minutes);
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public long calendarId() {
		return calendarId;
	}

	public Integer firstResponseMinutes() {
		return firstResponseMinutes;
	}

	public Integer updateMinutes() {
		return updateMinutes;
	}

	public Integer solutionMinutes() {
		return solutionMinutes;
	}

	public int warnPercent() {
		return warnPercent;
	}
}
