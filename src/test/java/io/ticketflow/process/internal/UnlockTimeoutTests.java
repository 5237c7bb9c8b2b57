package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.process.OpenTask;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** OTRS's unlock timeout: work claimed and then left alone goes back to the queue, and the agent hears of it. */
@TicketflowTest
class UnlockTimeoutTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UnlockTimeout unlock;

	@Autowired
	TaskService tasks;

	@Autowired
	TicketTasks ticketTasks;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Test
	void workLeftAloneLongerThanTheTimeoutGoesBackToTheQueueAndTheAgentHearsOfIt() {
		String number = new HelpDesk(context).open("Support");
		String task = work(number).id();
		tasks.claim(task, "agent");
		assertThat(tickets.ticket(number).responsible()).isEqualTo("agent");
		Duration timeout = Duration.ofMinutes(30);

		assertThat(unlock.unlockIdle(Duration.ZERO, Instant.now().plus(Duration.ofDays(1)))).as("zero: never").isZero();
		unlock.unlockIdle(timeout, Instant.now().plus(Duration.ofMinutes(29)));
		assertThat(work(number).assignee()).as("touched within the timeout").isEqualTo("agent");

		unlock.unlockIdle(timeout, Instant.now().plus(Duration.ofMinutes(31)));

		assertThat(work(number).assignee()).isNull();
		assertThat(tickets.ticket(number).responsible()).isNull();
		assertThat(tickets.history(number)).filteredOn(h -> h.type() == HistoryType.UNLOCKED).singleElement()
			.satisfies(h -> assertThat(h.detail()).isEqualTo("agent -> nobody"))
			.extracting(HistoryView::actor).isEqualTo(Actors.SYSTEM);
		assertThat(jdbc.queryForList("select subject from ticketflow.outbox where recipient = ?", String.class,
				"agent@ticketflow.localhost")).contains("[Ticket#" + number + "] Your work on the ticket went back to "
						+ "the queue: " + tickets.ticket(number).title());
	}

	@Test
	void anAgentWhoGivesTheWorkBackThemselvesHearsNothing() {
		String number = new HelpDesk(context).open("Support");
		String task = work(number).id();
		tasks.claim(task, "agent");
		identity.setAuthenticatedUserId("agent");
		try {
			tasks.setAssignee(task, null);
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(tickets.history(number)).extracting(HistoryView::type).contains(HistoryType.UNLOCKED);
		assertThat(jdbc.queryForList("select subject from ticketflow.outbox where recipient = ? and subject like ?",
				String.class, "agent@ticketflow.localhost", "[Ticket#" + number + "] Your work%")).isEmpty();
	}

	private OpenTask work(String number) {
		return ticketTasks.of(number).stream().filter(t -> t.step().equals(TicketModel.Task.WORK.id())).findFirst()
			.orElseThrow();
	}
}
