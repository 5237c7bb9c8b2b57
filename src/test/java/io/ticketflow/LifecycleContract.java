package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must hold on every database the help desk runs on. */
abstract class LifecycleContract {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	FollowUps followUps;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void universalScenarioFromTriageToClose() {
		String number = desk.open(null);
		desk.complete(number, "Task_Triage", "secretary", Map.of("triageAction", "route", "queue", "Support",
				"priority", 3, "ticketType", "question"));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "reply", "body", "Try turning it off."));
		TicketView ticket = tickets.ticket(number);
		followUps.receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, ticket.customer(), "Re", "That worked."));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));

		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.articles(number)).extracting(a -> a.body().lines().findFirst().orElse(""))
			.as("the reply signed below its text").containsExactly("It smokes.", "Try turning it off.", "That worked.");
		assertThat(tickets.history(number)).extracting(HistoryView::type)
			.startsWith(HistoryType.CREATED).endsWith(HistoryType.CLOSED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).finished().count())
			.isOne();
		assertThat(history.createHistoricActivityInstanceQuery().activityId("Task_Work").count()).isPositive();
	}

	@Test
	void ticketNumbersStayUniqueUnderConcurrentCreation() throws Exception {
		int threads = 6;
		int perThread = 15;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Callable<List<String>> work = () -> {
				List<String> numbers = new ArrayList<>();
				for (int i = 0; i < perThread; i++) {
					numbers.add(desk.open("Support"));
				}
				return numbers;
			};
			results.add(pool.submit(work));
		}
		List<String> all = new ArrayList<>();
		for (Future<List<String>> result : results) {
			all.addAll(result.get(2, TimeUnit.MINUTES));
		}
		pool.shutdown();
		assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
		assertThat(Set.copyOf(all)).allSatisfy(n -> assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(n).count()).isOne());
	}

	@Test
	void applicationTablesLiveInTheirOwnSchema() {
		List<String> schemas = jdbc.queryForList(
				"select lower(table_schema) from information_schema.tables where lower(table_name) = 'ticket'",
				String.class);
		assertThat(schemas).containsExactly("ticketflow");
		List<String> camunda = jdbc.queryForList(
				"select lower(table_schema) from information_schema.tables where lower(table_name) = 'act_ru_task'",
				String.class);
		assertThat(camunda).hasSize(1).doesNotContain("ticketflow");
	}
}
