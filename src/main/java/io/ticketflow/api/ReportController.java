package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.sla.ServiceLevelFigures;
import io.ticketflow.sla.ServiceLevelReport;
import io.ticketflow.ticket.HelpDeskFigures;
import io.ticketflow.ticket.TicketFigures;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' figures, shown by the Cockpit dashboard plugin. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class ReportController {

	private final TicketFigures figures;

	private final ServiceLevelReport serviceLevels;

	ReportController(TicketFigures figures, ServiceLevelReport serviceLevels) {
		this.figures = figures;
		this.serviceLevels = serviceLevels;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Open tickets by queue and state, unanswered tickets, created and closed per day, median "
			+ "times to first reply and to close, workload per agent (managers, administrators, observers)")
	HelpDeskFigures dashboard(@RequestParam(defaultValue = "14") @Min(1) @Max(92) int days, Principal user) {
		return figures.of(days, user.getName());
	}

	@GetMapping("/service-levels")
	@Operation(summary = "Per queue, the share of first responses and solutions in time for the tickets opened in the "
			+ "last days; the tickets escalated now and the longest overdue (managers, administrators, observers)")
	ServiceLevelFigures serviceLevels(@RequestParam(defaultValue = "14") @Min(1) @Max(92) int days, Principal user) {
		return serviceLevels.figures(user.getName(), days);
	}
}
