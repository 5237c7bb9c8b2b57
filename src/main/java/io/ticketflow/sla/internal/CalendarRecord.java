package io.ticketflow.sla.internal;

import io.ticketflow.sla.BusinessCalendar;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A business calendar as it is kept: its hours and holidays in the written form the API reads. */
@Entity
@Table(name = "business_calendar")
public class CalendarRecord {

	/** The calendar every help desk has: round the clock. */
	public static final String ALWAYS = "24/7";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String timeZone;

	private String hours;

	private String holidays;

	private Instant changedAt;

	protected CalendarRecord() {
	}

	public CalendarRecord(String name) {
		this.name = name;
	}

	public void write(BusinessCalendar calendar, Instant at) {
		timeZone = calendar.zone().getId();
		StringBuilder text = new StringBuilder();
		calendar.hours().forEach((day, intervals) -> text.append(text.isEmpty() ? "" : ";").append(day).append('=')
			.append(String.join(",", intervals)));
		hours = text.toString();
		holidays = String.join(",", calendar.holidays());
		changedAt = at;
	}

	public BusinessCalendar calendar() {
		Map<String, List<String>> read = new LinkedHashMap<>();
		for (String day : hours.split(";")) {
			if (!day.isBlank()) {
				String[] parts = day.split("=", 2);
				read.put(parts[0], Arrays.asList(parts[1].split(",")));
			}
		}
		return BusinessCalendar.of(timeZone, read,
				holidays.isBlank() ? List.of() : Arrays.asList(holidays.split(",")));
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}
}
