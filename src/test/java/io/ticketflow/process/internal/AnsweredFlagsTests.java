package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.TicketQueries;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A ticket process from before the answered flag gets it from its ticket at start-up. */
@TicketflowTest
class AnsweredFlagsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TicketQueries tickets;

	@Autowired
	AnsweredFlags flags;

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

		assertThat(flags.addMissing()).isPositive();

		assertThat(runtime.getVariable(old, Vars.ANSWERED)).isEqualTo(true);
		assertThat(flags.addMissing()).as("nothing left to do").isZero();
	}
}
