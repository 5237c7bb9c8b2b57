package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketQueries;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, a deadline's warning and breach are announced once, whatever fires them again: the timer run a
 * second time, as after a restart or on another node, two nodes at once, or the application asked again. What was
 * announced is kept in the database, where the application's role cannot take it back.
 */
@PostgresTest
class PostgresEscalationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketQueries tickets;

	@Autowired
	Escalations escalations;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aBreachIsAnnouncedOnceHoweverOftenItsTimeIsAskedAbout() throws Exception {
		String number = overdueTicket("Once");
		long id = tickets.idOf(number);

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				Callable<Integer> announce = () -> {
					start.await();
					try {
						return transaction.execute(status -> escalations.escalate(id));
					}
					catch (RuntimeException lost) {
						return 0; // the other node's notice came first: this transaction is rolled back, as a job's is
					}
				};
				runs.add(nodes.submit(announce));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		// the escalation timer of the work task fires again, as a retried job or after a restart would
		Job timer = escalationTimer(number);
		context.getBean(ManagementService.class).executeJob(timer.getId());
		Integer again = transaction.execute(status -> escalations.escalate(id));
		assertThat(again).isZero();

		assertThat(tickets.history(number)).filteredOn(h -> h.type() == HistoryType.ESCALATED).hasSize(1);
		List<String> mailedTo = jdbc.queryForList("select recipient from ticketflow.outbox where ticket_id = ? "
				+ "and subject like ?", String.class, id, "%First response escalated%");
		assertThat(mailedTo).as("the queue's agents and the managers, each once").doesNotHaveDuplicates()
			.contains("agent@ticketflow.localhost", "manager@ticketflow.localhost");
	}

	@Test
	void theApplicationsRoleCannotTakeANoticeBack() {
		String number = overdueTicket("Kept");
		long id = tickets.idOf(number);
		transaction.execute(status -> escalations.escalate(id));
		for (String sql : List.of("delete from ticketflow.escalation_notice where ticket_id = " + id,
				"update ticketflow.escalation_notice set started = now() where ticket_id = " + id)) {
			assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).rootCause()
				.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
		}
	}

	/** A ticket whose first response was due half an hour ago, as far as its clock goes. */
	private String overdueTicket(String level) {
		HelpDesk desk = new HelpDesk(context);
		desk.queueWithServiceLevel("Overdue " + level, level, 60);
		String number = desk.open("Overdue " + level);
		desk.firstResponseOverdue(number);
		return number;
	}

	private Job escalationTimer(String number) {
		String instance = context.getBean(RuntimeService.class).createProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult().getId();
		return context.getBean(ManagementService.class).createJobQuery().processInstanceId(instance)
			.activityId("Event_WorkEscalation").singleResult();
	}
}
