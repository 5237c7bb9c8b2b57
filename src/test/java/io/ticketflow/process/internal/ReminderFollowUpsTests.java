package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A reminder that came back to the agent under a version that marked it by its due date alone gets its follow-up
 * date from the ticket at start-up, so that "Pending reminders due" keeps listing it.
 */
@TicketflowTest
class ReminderFollowUpsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	ReminderFollowUps followUps;

	@Test
	void aReachedReminderWithoutItsFollowUpDateGetsItFromItsTicket() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		Instant until = Instant.now().plus(1, ChronoUnit.HOURS);
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "reminder",
				"pendingUntil", until.toString()));
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
		management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
		// as the earlier version left it: due at the reminder time, no follow-up date
		Task work = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		work.setFollowUpDate(null);
		tasks.saveTask(work);

		assertThat(followUps.addMissing()).isOne();

		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getFollowUpDate())
			.isEqualTo(Date.from(until.truncatedTo(ChronoUnit.MILLIS)));
		assertThat(followUps.addMissing()).as("nothing left to do").isZero();
	}
}
