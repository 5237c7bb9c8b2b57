package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.sla.AssignmentView;
import io.ticketflow.sla.CalendarDefinition;
import io.ticketflow.sla.CalendarView;
import io.ticketflow.sla.NewAssignment;
import io.ticketflow.sla.ServiceLevelDefinition;
import io.ticketflow.sla.ServiceLevelView;
import io.ticketflow.sla.ServiceLevels;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Business calendars, service levels and who has which: administrators keep them. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Service levels")
class ServiceLevelController {

	private final ServiceLevels serviceLevels;

	ServiceLevelController(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@GetMapping("/calendars")
	@Operation(summary = "The business calendars, by name; 24/7 is always there")
	List<CalendarView> calendars(Principal user) {
		return serviceLevels.calendars(user.getName());
	}

	@PutMapping("/calendars/{name}")
	@Operation(summary = "Creates a business calendar or replaces its time zone, hours and holidays",
			description = "hours: weekday to intervals, e.g. {\"MONDAY\": [\"09:00-13:00\", \"14:00-18:00\"]}; a night "
					+ "shift ending the next morning is 22:00-06:00+1. holidays: --01-07 every year, 2027-03-08 once.")
	CalendarView defineCalendar(@PathVariable @Size(max = 100) String name, @Valid @RequestBody CalendarDefinition calendar,
			Principal user) {
		return serviceLevels.defineCalendar(user.getName(), name, calendar);
	}

	@GetMapping("/service-levels")
	@Operation(summary = "The service levels, by name")
	List<ServiceLevelView> serviceLevels(Principal user) {
		return serviceLevels.serviceLevels(user.getName());
	}

	@PutMapping("/service-levels/{name}")
	@Operation(summary = "Creates a service level or replaces its times (minutes of working time) and calendar")
	ServiceLevelView defineServiceLevel(@PathVariable @Size(max = 100) String name,
			@Valid @RequestBody ServiceLevelDefinition level, Principal user) {
		return serviceLevels.defineServiceLevel(user.getName(), name, level);
	}

	@GetMapping("/service-level-assignments")
	@Operation(summary = "Which queue, company and customer has which service level")
	List<AssignmentView> assignments(Principal user) {
		return serviceLevels.assignments(user.getName());
	}

	@PutMapping("/service-level-assignments")
	@Operation(summary = "Gives a service level to a queue, a company or a customer; the customer's wins over the "
			+ "company's, the company's over the queue's. Tickets opened or moved from now on take it.")
	AssignmentView assign(@Valid @RequestBody NewAssignment assignment, Principal user) {
		return serviceLevels.assign(user.getName(), assignment);
	}
}
