package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service-level time counted in working hours: weekends, holidays, night shifts and the changes of the clocks. */
class BusinessCalendarTests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	static final List<String> NINE_TO_SIX = List.of("09:00-18:00");

	static final Map<String, List<String>> WEEKDAYS = Map.of("MONDAY", NINE_TO_SIX, "TUESDAY", NINE_TO_SIX,
			"WEDNESDAY", NINE_TO_SIX, "THURSDAY", NINE_TO_SIX, "FRIDAY", NINE_TO_SIX);

	@Test
	void fourHoursAskedOnFridayAfternoonEndOnMondayMorning() {
		BusinessCalendar office = BusinessCalendar.of("Europe/Moscow", WEEKDAYS, List.of(), NOW);
		// Friday 4 December 2026, 16:00 in Moscow: two hours on Friday, two on Monday
		assertThat(office.plus(at("2026-12-04T16:00", MOSCOW), Duration.ofHours(4)))
			.isEqualTo(at("2026-12-07T11:00", MOSCOW));
		assertThat(office.between(at("2026-12-04T16:00", MOSCOW), at("2026-12-07T11:00", MOSCOW)))
			.isEqualTo(Duration.ofHours(4));
	}

	@Test
	void timeAskedOutsideTheHoursStartsCountingWhenWorkBegins() {
		BusinessCalendar office = BusinessCalendar.of("Europe/Moscow", WEEKDAYS, List.of(), NOW);
		assertThat(office.plus(at("2026-12-05T13:00", MOSCOW), Duration.ofMinutes(30)))
			.isEqualTo(at("2026-12-07T09:30", MOSCOW));
		assertThat(office.between(at("2026-12-05T10:00", MOSCOW), at("2026-12-06T20:00", MOSCOW))).isZero();
	}

	@Test
	void severalIntervalsADaySkipTheLunchBreak() {
		BusinessCalendar office = BusinessCalendar.of("Europe/Berlin",
				Map.of("MONDAY", List.of("14:00-18:00", "09:00-13:00")), List.of(), NOW);
		assertThat(office.plus(at("2026-12-07T12:00", BERLIN), Duration.ofHours(2)))
			.isEqualTo(at("2026-12-07T15:00", BERLIN));
	}

	@Test
	void yearlyAndOneOffHolidaysAreNotCounted() {
		BusinessCalendar office = BusinessCalendar.of("Europe/Moscow", WEEKDAYS, List.of("--01-01", "--01-02",
				"--01-07", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-08"), NOW);
		// Thursday 31 December, 17:00: one hour that day, the next working day is Monday 11 January
		assertThat(office.plus(at("2026-12-31T17:00", MOSCOW), Duration.ofHours(3)))
			.isEqualTo(at("2027-01-11T11:00", MOSCOW));
		assertThat(office.isHoliday(java.time.LocalDate.parse("2030-01-07"))).isTrue();
	}

	@Test
	void aNightShiftCrossesMidnightAndTheWeekWrapsFromSundayIntoMonday() {
		BusinessCalendar nights = BusinessCalendar.of("Europe/Berlin",
				Map.of("SUNDAY", List.of("22:00-06:00+1"), "MONDAY", List.of("22:00-06:00+1")), List.of(), NOW);
		// Sunday 6 December 23:00: seven hours that night, the eighth Monday night
		assertThat(nights.plus(at("2026-12-06T23:00", BERLIN), Duration.ofHours(8)))
			.isEqualTo(at("2026-12-07T23:00", BERLIN));
		assertThat(nights.between(at("2026-12-07T00:00", BERLIN), at("2026-12-07T23:00", BERLIN)))
			.isEqualTo(Duration.ofHours(7));
	}

	@Test
	void theDayTheClocksGoForwardHasAnHourLessRoundTheClock() {
		BusinessCalendar always = BusinessCalendar.always(BERLIN);
		// 29 March 2026 has 23 hours in Berlin
		Instant start = at("2026-03-29T00:00", BERLIN);
		assertThat(always.plus(start, Duration.ofHours(23))).isEqualTo(at("2026-03-30T00:00", BERLIN));
		assertThat(always.between(start, at("2026-03-30T00:00", BERLIN))).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void workingHoursStayOnTheWallClockAcrossAChangeOfTheClocks() {
		BusinessCalendar office = BusinessCalendar.of("Europe/Berlin", WEEKDAYS, List.of(), NOW);
		// Friday 23 October 2026 17:00 CEST; the clocks go back on Sunday 25th; Monday 09:00 is CET
		Instant due = office.plus(at("2026-10-23T17:00", BERLIN), Duration.ofHours(2));
		assertThat(due).isEqualTo(at("2026-10-26T10:00", BERLIN)).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
	}

	@Test
	void moscowHasNoChangeOfTheClocksAndCountsTheSame() {
		BusinessCalendar always = BusinessCalendar.always(MOSCOW);
		Instant start = at("2026-03-29T00:00", MOSCOW);
		assertThat(always.plus(start, Duration.ofHours(24))).isEqualTo(at("2026-03-30T00:00", MOSCOW));
	}

	@Test
	void badCalendarsAreRefusedNamingTheField() {
		assertField(() -> BusinessCalendar.of("Mars/Olympus", WEEKDAYS, List.of(), NOW), "timeZone");
		assertField(() -> BusinessCalendar.of("UTC", Map.of("MONDAY", List.of("18:00-09:00")), List.of(), NOW),
				"hours.MONDAY[0]");
		assertField(() -> BusinessCalendar.of("UTC", Map.of("MONDAY", List.of("09:00-13:00", "12:00-18:00")),
				List.of(), NOW), "hours.MONDAY[1]");
		assertField(() -> BusinessCalendar.of("UTC",
				Map.of("SUNDAY", List.of("22:00-06:00+1"), "MONDAY", List.of("05:00-09:00")), List.of(), NOW),
				"hours.");
		assertField(() -> BusinessCalendar.of("UTC", Map.of("FUNDAY", NINE_TO_SIX), List.of(), NOW), "hours");
		assertField(() -> BusinessCalendar.of("UTC", Map.of("MONDAY", List.of("9-5")), List.of(), NOW),
				"hours.MONDAY[0]");
		assertField(() -> BusinessCalendar.of("UTC", WEEKDAYS, List.of("--02-30x"), NOW), "holidays[0]");
		assertField(() -> BusinessCalendar.of("UTC", Map.of(), List.of(), NOW), "hours");
	}

	@Test
	void aHolidayListThatLeavesNoWorkingTimeInAYearIsRefused() {
		List<String> everyMonday = java.util.stream.IntStream.range(0, 60)
			.mapToObj(w -> java.time.LocalDate.parse("2026-11-30").plusWeeks(w).toString()).toList();
		assertField(() -> BusinessCalendar.of("UTC", Map.of("MONDAY", NINE_TO_SIX), everyMonday, NOW), "holidays");
	}

	@Test
	void theWrittenFormReadsBack() {
		BusinessCalendar calendar = BusinessCalendar.of("Europe/Moscow",
				Map.of("FRIDAY", List.of("22:00-06:00+1", "09:00-13:00")), List.of("2027-03-08", "--01-07"), NOW);
		assertThat(calendar.hours()).isEqualTo(Map.of("FRIDAY", List.of("09:00-13:00", "22:00-06:00+1")));
		assertThat(calendar.holidays()).containsExactly("--01-07", "2027-03-08");
		assertThat(WorkingInterval.parse("00:00-24:00")).hasToString("00:00-24:00");
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).startsWith(field));
	}

	private static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}
}
