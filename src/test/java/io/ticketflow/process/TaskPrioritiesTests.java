package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A task shows its ticket's priority, not Camunda's default 50: the one the ticket was opened or triaged with. */
@TicketflowTest
class TaskPrioritiesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TaskService tasks;

	@Test
	void theTaskHasTheTicketsPriority() {
		HelpDesk desk = new HelpDesk(context);
		TicketOpening opening = context.getBean(TicketOpening.class);
		String urgent = opening.open(new OpenTicket(desk.customer(), "Server room flooded", "Water everywhere.",
				"Support", 5, null), "secretary").number();
		assertThat(task(urgent).getPriority()).isEqualTo(5);

		String triaged = opening.open(new OpenTicket(desk.customer(), "A question", "When do you open?", null, null,
				null), "secretary").number();
		assertThat(task(triaged).getPriority()).as("a new ticket's default priority").isEqualTo(3);
		desk.complete(triaged, "Task_Triage", "secretary",
				Map.of("triageAction", "route", "queue", "Support", "priority", "1", "ticketType", "question"));
		assertThat(task(triaged)).satisfies(work -> {
			assertThat(work.getTaskDefinitionKey()).isEqualTo("Task_Work");
			assertThat(work.getPriority()).isEqualTo(1);
		});
	}

	private Task task(String number) {
		return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
	}
}
