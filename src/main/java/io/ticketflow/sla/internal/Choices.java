package io.ticketflow.sla.internal;

import io.ticketflow.sla.AssignedTo;
import io.ticketflow.sla.BusinessCalendar;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which service level a ticket has: its customer's, else its company's, else its queue's. */
@Component
public class Choices {

	private final AssignmentRepository assignments;

	private final ServiceLevelRepository levels;

	private final CalendarRepository calendars;

	Choices(AssignmentRepository assignments, ServiceLevelRepository levels, CalendarRepository calendars) {
		this.assignments = assignments;
		this.levels = levels;
		this.calendars = calendars;
	}

	/** The service level chosen for what a ticket is: null parts are not asked. */
	public Choice choose(String queue, String company, String customer, boolean sensitive) {
		String key = key(queue, company, customer, sensitive);
		return assigned(AssignedTo.CUSTOMER, customer).map(a -> choice(a, key))
			.or(() -> assigned(AssignedTo.COMPANY, company).map(a -> choice(a, key)))
			.or(() -> sensitive ? assigned(AssignedTo.SENSITIVE_QUEUE, queue).map(a -> choice(a, key)) : Optional.empty())
			.or(() -> assigned(AssignedTo.QUEUE, queue).map(a -> choice(a, key)))
			.orElse(new Choice(null, null, key));
	}

	/** What a choice depends on: when it is unchanged, so is the choice, and no assignment need be read. */
	public static String key(String queue, String company, String customer, boolean sensitive) {
		return "queue=" + queue + ";company=" + company + ";customer=" + customer + ";sensitive=" + sensitive;
	}

	private Optional<Assignment> assigned(AssignedTo to, String target) {
		return target == null ? Optional.empty() : assignments.findByTargetTypeAndTarget(to, target);
	}

	private Choice choice(Assignment assignment, String key) {
		return new Choice(levels.findById(assignment.serviceLevelId()).orElseThrow(),
				assignment.targetType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
						+ assignment.target(), key);
	}

	public ServiceLevel level(Long id) {
		return id == null ? null : levels.findById(id).orElse(null);
	}

	/** The calendar a service level counts in; round the clock without one. */
	public BusinessCalendar calendar(ServiceLevel level) {
		return level == null ? BusinessCalendar.always(ZoneOffset.UTC)
				: calendars.findById(level.calendarId()).map(CalendarRecord::calendar)
					.orElse(BusinessCalendar.always(ZoneOffset.UTC));
	}

	/**
	 * @param level null when nothing was assigned
	 * @param by what it was assigned to, e.g. "queue Support"
	 * @param key what was asked, to notice when the ticket's queue or customer changes
	 */
	public record Choice(ServiceLevel level, String by, String key) {
	}
}
