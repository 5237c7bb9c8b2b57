package io.ticketflow.sla;

import java.util.List;
import java.util.Map;

/**
 * A business calendar as administrators write and read it.
 *
 * @param hours weekday (MONDAY…SUNDAY) to its working intervals, e.g. {@code ["09:00-13:00", "14:00-18:00"]}; a
 * night shift ending the next morning is {@code 22:00-06:00+1}
 * @param holidays {@code --01-07} for a date every year, {@code 2027-03-08} for one day
 */
public record CalendarView(String name, String timeZone, Map<String, List<String>> hours, List<String> holidays) {
}
