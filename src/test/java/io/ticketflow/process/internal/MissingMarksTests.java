package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.TicketQueries;
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

/** What an earlier version left out of the engine is added at start-up from the ticket. */
@TicketflowTest
class MissingMarksTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	TicketQueries tickets;

	@Autowired
	MissingMarks marks;

	@Test
	void aProcessWithoutTheFlagGetsItFromItsTicket() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		desk.reply(number, "agent", "Done.");
		// as an earlier version started it: without the flag
		String old = runtime.startProcessInstanceByKey("ticket", number, Map.of(Vars.TICKET_ID, tickets.idOf(number),
				Vars.NEEDS_TRIAGE, false, Vars.QUEUE_GROUP, "queue-support", Vars.ESCALATION_CYCLE, EscalationTimers.NEVER))
			.getId();
		assertThat(runtime.getVariable(old, Vars.ANSWERED)).isNull();

		assertThat(marks.addMissingFlags()).isPositive();

		assertThat(runtime.getVariable(old, Vars.ANSWERED)).isEqualTo(true);
		assertThat(marks.addMissingFlags()).as("nothing left to do").isZero();
	}

	@Test
	void theFlagsAndFollowUpDatesAreLookedForAtTheFirstStartAlone() {
		assertThat(context.getBean(ManagementService.class).getProperties())
			.containsKeys(MissingMarks.FLAGS_ADDED, MissingMarks.FOLLOW_UPS_ADDED);
	}

	@Test
	void aReachedReminderWithoutItsFollowUpDateGetsItFromItsTicket() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		Instant until = Instant.now().plus(1, ChronoUnit.HOURS);
		String instance = desk.reminderReached(number, until);
		// as the earlier version left it: due at the reminder time, no follow-up date
		Task work = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		work.setFollowUpDate(null);
		tasks.saveTask(work);

		assertThat(marks.addMissingFollowUps()).isOne();

		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getFollowUpDate())
			.isEqualTo(Date.from(until.truncatedTo(ChronoUnit.MILLIS)));
		assertThat(marks.addMissingFollowUps()).as("nothing left to do").isZero();
	}
}
