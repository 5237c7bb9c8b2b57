package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

	ReportController(TicketFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Open tickets by queue and state, unanswered tickets, created and closed per day, median "
			+ "times to first reply and to close, workload per agent (managers, administrators, observers)")
	HelpDeskFigures dashboard(@RequestParam(defaultValue = "14") @Min(1) @Max(92) int days, Principal user) {
		return figures.of(days, user.getName());
	}
}
