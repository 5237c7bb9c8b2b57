package io.ticketflow.sla;

import io.ticketflow.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * When a help desk works: a time zone, working hours per weekday and holidays. Service-level times are counted in
 * this time only: four working hours asked on Friday at 16:00 with hours 09:00-18:00 end on Monday at 12:00. Days are
 * laid out in the calendar's zone, so a day on which the clocks change has its hours where the clock on the wall
 * shows them.
 */
public final class BusinessCalendar {

	/** How far the counting looks ahead; a valid calendar has working time in every year. */
	private static final int MAX_DAYS = 3 * 366;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<WorkingInterval>> hours;

	private final Set<MonthDay> yearly;

	private final Set<LocalDate> once;

	private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> hours, Set<MonthDay> yearly,
			Set<LocalDate> once) {
		this.zone = zone;
		this.hours = hours;
		this.yearly = yearly;
		this.once = once;
	}

	/** Round the clock, every day of the year: the default calendar. */
	public static BusinessCalendar always(ZoneId zone) {
		Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day, List.of(new WorkingInterval(0, WorkingInterval.DAY)));
		}
		return new BusinessCalendar(zone, hours, Set.of(), Set.of());
	}

	/**
	 * Reads a calendar as an administrator writes it and refuses one that cannot work: an unknown zone, hours that
	 * overlap or end before they start, a holiday that is not a date. The error names the field, e.g.
	 * {@code hours.MONDAY[1]}.
	 *
	 * @param hours weekday (MONDAY…SUNDAY) to intervals such as {@code 09:00-13:00} or {@code 22:00-06:00+1}
	 * @param holidays {@code --01-07} for a date every year, {@code 2027-03-08} for one day
	 */
	public static BusinessCalendar of(String zone, Map<String, List<String>> hours, List<String> holidays) {
		BusinessCalendar calendar = new BusinessCalendar(zone(zone), weekdays(hours), new HashSet<>(),
				new HashSet<>());
		List<String> days = holidays == null ? List.of() : holidays;
		for (int i = 0; i < days.size(); i++) {
			calendar.addHoliday(days.get(i), "holidays[" + i + "]");
		}
		return calendar;
	}

	/** As {@link #of(String, Map, List)}, and refused when it leaves no working time in the year after {@code from}. */
	public static BusinessCalendar of(String zone, Map<String, List<String>> hours, List<String> holidays,
			Instant from) {
		BusinessCalendar calendar = of(zone, hours, holidays);
		if (calendar.between(from, from.plus(Duration.ofDays(366))).isZero()) {
			throw new InvalidInputException(calendar.hours.isEmpty() ? "hours" : "holidays",
					"this calendar leaves no working time in a whole year");
		}
		return calendar;
	}

	private static ZoneId zone(String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone.strip());
		}
		catch (DateTimeException e) {
			throw new InvalidInputException("timeZone", "unknown time zone '" + zone + "', e.g. Europe/Moscow");
		}
	}

	private static Map<DayOfWeek, List<WorkingInterval>> weekdays(Map<String, List<String>> written) {
		Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
		for (Map.Entry<String, List<String>> day : (written == null ? Map.<String, List<String>>of() : written)
			.entrySet()) {
			DayOfWeek weekday = weekday(day.getKey());
			List<WorkingInterval> intervals = new ArrayList<>();
			List<String> texts = day.getValue() == null ? List.of() : day.getValue();
			for (int i = 0; i < texts.size(); i++) {
				String field = "hours." + weekday + "[" + i + "]";
				intervals.add(read(texts.get(i), field));
			}
			intervals.sort((a, b) -> Integer.compare(a.from(), b.from()));
			if (!intervals.isEmpty()) {
				hours.put(weekday, List.copyOf(intervals));
			}
		}
		requireNoOverlap(hours);
		return hours;
	}

	private static WorkingInterval read(String text, String field) {
		try {
			return WorkingInterval.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, e.getMessage());
		}
	}

	private static DayOfWeek weekday(String name) {
		try {
			return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidInputException("hours", "unknown weekday '" + name + "', write MONDAY … SUNDAY");
		}
	}

	/** Laid out on one week, which wraps from Sunday night into Monday, no two intervals may share a minute. */
	private static void requireNoOverlap(Map<DayOfWeek, List<WorkingInterval>> hours) {
		int week = 7 * WorkingInterval.DAY;
		boolean[] taken = new boolean[week];
		for (Map.Entry<DayOfWeek, List<WorkingInterval>> day : hours.entrySet()) {
			int base = (day.getKey().getValue() - 1) * WorkingInterval.DAY;
			List<WorkingInterval> intervals = day.getValue();
			for (WorkingInterval interval : intervals) {
				for (int minute = interval.from(); minute < interval.to(); minute++) {
					int at = (base + minute) % week;
					if (taken[at]) {
						throw new InvalidInputException("hours." + day.getKey() + "[" + intervals.indexOf(interval) + "]",
								interval + " overlaps other working hours");
					}
					taken[at] = true;
				}
			}
		}
	}

	private void addHoliday(String text, String field) {
		String day = text == null ? "" : text.strip();
		try {
			if (day.startsWith("--")) {
				yearly.add(MonthDay.parse(day));
			}
			else {
				once.add(LocalDate.parse(day));
			}
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "'" + text + "' is not a holiday: write --01-07 for every 7 January, "
					+ "2027-03-08 for one day");
		}
	}

	public ZoneId zone() {
		return zone;
	}

	/** The moment at which the given working time, counted from {@code start}, is used up. */
	public Instant plus(Instant start, Duration work) {
		if (work.isNegative() || work.isZero()) {
			return start;
		}
		Duration[] left = { work };
		Instant[] end = { null };
		walk(start, (from, to) -> {
			if (end[0] == null) {
				Duration here = Duration.between(from, to);
				if (left[0].compareTo(here) <= 0) {
					end[0] = from.plus(left[0]);
				}
				else {
					left[0] = left[0].minus(here);
				}
			}
		}, () -> end[0] != null);
		if (end[0] == null) {
			throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + start);
		}
		return end[0];
	}

	/** The working time between two moments; zero when {@code to} is not after {@code from}. */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration[] sum = { Duration.ZERO };
		boolean[] done = { false };
		walk(from, (a, b) -> {
			if (!a.isBefore(to)) {
				done[0] = true;
				return;
			}
			sum[0] = sum[0].plus(Duration.between(a, b.isAfter(to) ? to : b));
		}, () -> done[0]);
		return sum[0];
	}

	/**
	 * Hands each stretch of working time that ends after {@code start}, clipped to begin no earlier than it, in the
	 * order of time, until {@code stop} says enough or the look-ahead ends.
	 */
	private void walk(Instant start, Stretch stretch, BooleanSupplier stop) {
		LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
		for (int i = 0; i <= MAX_DAYS && !stop.getAsBoolean(); i++, day = day.plusDays(1)) {
			if (isHoliday(day)) {
				continue;
			}
			for (WorkingInterval interval : hours.getOrDefault(day.getDayOfWeek(), List.of())) {
				Instant from = at(day, interval.from());
				Instant to = at(day, interval.to());
				if (to.isAfter(start) && !stop.getAsBoolean()) {
					stretch.accept(from.isBefore(start) ? start : from, to);
				}
			}
		}
	}

	private Instant at(LocalDate day, int minutes) {
		int time = minutes % WorkingInterval.DAY;
		return ZonedDateTime.of(day.plusDays(minutes / WorkingInterval.DAY).atTime(time / 60, time % 60), zone)
			.toInstant();
	}

	public boolean isHoliday(LocalDate day) {
		return once.contains(day) || yearly.contains(MonthDay.from(day));
	}

	/** The written form of the hours, as {@link #of} reads it. */
	public Map<String, List<String>> hours() {
		Map<String, List<String>> written = new LinkedHashMap<>();
		hours.forEach((day, intervals) -> written.put(day.name(), intervals.stream().map(Object::toString).toList()));
		return written;
	}

	/** The written form of the holidays, as {@link #of} reads it, sorted. */
	public List<String> holidays() {
		List<String> written = new ArrayList<>();
		yearly.stream().sorted().forEach(d -> written.add(d.toString()));
		once.stream().sorted().forEach(d -> written.add(d.toString()));
		return written;
	}

	@FunctionalInterface
	private interface Stretch {

		void accept(Instant from, Instant to);
	}
}
