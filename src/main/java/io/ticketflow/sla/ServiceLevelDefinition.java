package io.ticketflow.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A service level to create or replace.
 *
 * @param calendar the business calendar its times are counted in; the round-the-clock {@code 24/7} when absent
 * @param warnPercent the share of a time after which a warning goes out; 80 when absent
 */
public record ServiceLevelDefinition(@Size(max = 100) String calendar,
		@Min(1) @Max(ServiceLevelDefinition.YEAR) Integer firstResponseMinutes,
		@Min(1) @Max(ServiceLevelDefinition.YEAR) Integer updateMinutes,
		@Min(1) @Max(ServiceLevelDefinition.YEAR) Integer solutionMinutes, @Min(1) @Max(99) Integer warnPercent) {

	/** The longest time a service level may allow, in minutes. */
	public static final int YEAR = 366 * 24 * 60;
}
