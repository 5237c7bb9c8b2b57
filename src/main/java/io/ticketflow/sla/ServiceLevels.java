package io.ticketflow.sla;

import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.sla.internal.Assignment;
import io.ticketflow.sla.internal.AssignmentRepository;
import io.ticketflow.sla.internal.CalendarRecord;
import io.ticketflow.sla.internal.CalendarRepository;
import io.ticketflow.sla.internal.ServiceLevel;
import io.ticketflow.sla.internal.ServiceLevelRepository;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketQueries;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators keep: business calendars, service levels and who has which. A ticket takes the service level
 * of its customer, else of its customer's company, else of its queue, when it opens and whenever its queue or
 * customer changes.
 */
@Service
@Transactional
public class ServiceLevels {

	private static final int DEFAULT_WARNING = 80;

	private final CalendarRepository calendars;

	private final ServiceLevelRepository levels;

	private final AssignmentRepository assignments;

	private final TicketQueries tickets;

	private final Customers customers;

	private final Rights rights;

	private final Clock clock;

	ServiceLevels(CalendarRepository calendars, ServiceLevelRepository levels, AssignmentRepository assignments,
			TicketQueries tickets, Customers customers, Rights rights, Clock clock) {
		this.calendars = calendars;
		this.levels = levels;
		this.assignments = assignments;
		this.tickets = tickets;
		this.customers = customers;
		this.rights = rights;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CalendarView> calendars(String actor) {
		rights.requireAdmin(actor);
		return calendars.findAllByOrderByName().stream().map(ServiceLevels::view).toList();
	}

	/**
	 * Creates the calendar or replaces its zone, hours and holidays. Deadlines already set stay where they are; what
	 * is counted from now on (a new ticket, a customer's message, the end of a pause) counts in the new hours.
	 */
	public CalendarView defineCalendar(String actor, String name, CalendarDefinition definition) {
		rights.requireAdmin(actor);
		String key = name(name, "name");
		BusinessCalendar calendar = BusinessCalendar.of(definition.timeZone(), definition.hours(),
				definition.holidays(), clock.instant());
		CalendarRecord record = calendars.findByName(key).orElseGet(() -> new CalendarRecord(key));
		record.write(calendar, clock.instant());
		return view(calendars.save(record));
	}

	@Transactional(readOnly = true)
	public List<ServiceLevelView> serviceLevels(String actor) {
		rights.requireAdmin(actor);
		Map<Long, String> calendarNames = calendarNames();
		return levels.findAllByOrderByName().stream().map(l -> view(l, calendarNames)).toList();
	}

	public ServiceLevelView defineServiceLevel(String actor, String name, ServiceLevelDefinition definition) {
		rights.requireAdmin(actor);
		String key = name(name, "name");
		String calendarName = definition.calendar() == null || definition.calendar().isBlank() ? CalendarRecord.ALWAYS
				: definition.calendar().strip();
		CalendarRecord calendar = calendars.findByName(calendarName)
			.orElseThrow(() -> new InvalidInputException("calendar", "unknown calendar " + calendarName));
		if (definition.firstResponseMinutes() == null && definition.updateMinutes() == null
				&& definition.solutionMinutes() == null) {
			throw new InvalidInputException("firstResponseMinutes",
					"a service level measures at least one time: firstResponseMinutes, updateMinutes or solutionMinutes");
		}
		ServiceLevel level = levels.findByName(key).orElseGet(() -> new ServiceLevel(key));
		level.write(calendar.id(), definition.firstResponseMinutes(), definition.updateMinutes(),
				definition.solutionMinutes(),
				definition.warnPercent() == null ? DEFAULT_WARNING : definition.warnPercent(), clock.instant());
		return view(levels.save(level), calendarNames());
	}

	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(String actor) {
		rights.requireAdmin(actor);
		Map<Long, String> names = levels.findAll().stream()
			.collect(Collectors.toMap(ServiceLevel::id, ServiceLevel::name));
		return assignments.findAllByOrderByTargetTypeAscTargetAsc().stream()
			.map(a -> new AssignmentView(a.targetType(), a.target(), names.get(a.serviceLevelId()))).toList();
	}

	/**
	 * Gives the service level to a queue, company or customer, replacing what they had. Tickets opened or moved
	 * from now on take it; a ticket keeps the service level it was opened with, as in OTRS.
	 */
	public AssignmentView assign(String actor, NewAssignment assignment) {
		rights.requireAdmin(actor);
		ServiceLevel level = levels.findByName(assignment.serviceLevel().strip())
			.orElseThrow(() -> new InvalidInputException("serviceLevel", "unknown service level "
					+ assignment.serviceLevel()));
		String target = target(assignment.to(), assignment.target());
		Assignment kept = assignments.findByTargetTypeAndTarget(assignment.to(), target)
			.orElseGet(() -> new Assignment(assignment.to(), target));
		kept.give(level.id(), clock.instant());
		assignments.save(kept);
		return new AssignmentView(assignment.to(), target, level.name());
	}

	private String target(AssignedTo to, String written) {
		String target = written.strip();
		return switch (to) {
			case QUEUE, SENSITIVE_QUEUE -> tickets.queues().stream().map(QueueView::name).filter(target::equals).findFirst()
				.orElseThrow(() -> new InvalidInputException("target", "unknown queue " + target));
			case COMPANY -> customers.companyNamed(target)
				.orElseThrow(() -> new InvalidInputException("target", "unknown company " + target));
			case CUSTOMER -> customers.byEmail(target).map(c -> c.email())
				.orElseThrow(() -> new InvalidInputException("target", "unknown customer " + target));
		};
	}

	private static String name(String name, String field) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new InvalidInputException(field, "a name of 1 to 100 characters is required");
		}
		return name.strip();
	}

	private Map<Long, String> calendarNames() {
		return calendars.findAll().stream().collect(Collectors.toMap(CalendarRecord::id, CalendarRecord::name));
	}

	private static CalendarView view(CalendarRecord record) {
		BusinessCalendar calendar = record.calendar();
		return new CalendarView(record.name(), calendar.zone().getId(), calendar.hours(), calendar.holidays());
	}

	private static ServiceLevelView view(ServiceLevel level, Map<Long, String> calendarNames) {
		return new ServiceLevelView(level.name(), calendarNames.get(level.calendarId()), level.firstResponseMinutes(),
				level.updateMinutes(), level.solutionMinutes(), level.warnPercent());
	}

}
