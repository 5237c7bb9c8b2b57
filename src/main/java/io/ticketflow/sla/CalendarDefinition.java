package io.ticketflow.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A business calendar to create or replace; see {@link CalendarView} for the written forms. */
public record CalendarDefinition(@NotBlank @Size(max = 64) String timeZone, Map<String, List<String>> hours,
		@Size(max = 500) List<String> holidays) {
}
