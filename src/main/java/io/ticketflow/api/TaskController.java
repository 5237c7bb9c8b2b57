package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.TicketTasks;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** From a Tasklist task to its ticket: what the task card and the ticket tab show. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

	private final TicketTasks tasks;

	private final TicketDetails.Drawing details;

	TaskController(TicketTasks tasks, TicketDetails.Drawing details) {
		this.tasks = tasks;
		this.details = details;
	}

	/** What the signed-in user may do with a task; Tasklist offers Claim only when they may. */
	record TaskRights(boolean claim) {
	}

	@GetMapping("/{taskId}/rights")
	@Operation(summary = "What the signed-in user may do with an open task: claim it (the engine checks again)")
	TaskRights rights(@PathVariable String taskId, Principal user) {
		return new TaskRights(tasks.mayClaim(taskId, user.getName()));
	}

	@GetMapping("/{taskId}/ticket")
	@Operation(summary = "The ticket an open task belongs to, with the tasks waiting in its process")
	TicketDetails ticket(@PathVariable String taskId, Principal user) {
		return details.of(tasks.ticketOf(taskId), user.getName());
	}
}
