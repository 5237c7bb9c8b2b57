package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.ticket.HelpDeskFigures.Day;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.TimeEntryRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The managers' figures follow what happens at the help desk. */
@TicketflowTest
class TicketFiguresTests {

	@Autowired
	TicketFigures figures;

	@Autowired
	TicketQueries tickets;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entities;

	@Autowired
	QueueRepository queues;

	@Autowired
	Rights rights;

	@Autowired
	TimeEntryRepository time;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void openingAnsweringAndClosingMoveTheFigures() {
		HelpDesk desk = new HelpDesk(context);
		HelpDeskFigures before = figures.of(14, "manager");

		String waiting = desk.open("Support");
		String worked = desk.open("Support");
		desk.complete(worked, "Task_Work", "agent", Map.of("workAction", "reply", "body", "Try another cable."));
		String closed = desk.open("Support");
		desk.complete(closed, "Task_Work", "agent", Map.of("workAction", "reply", "body", "Done."));
		desk.complete(closed, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		HelpDeskFigures after = figures.of(14, "manager");

		assertThat(open(after, "Support", TicketState.NEW) - open(before, "Support", TicketState.NEW)).isEqualTo(1);
		assertThat(open(after, "Support", TicketState.OPEN) - open(before, "Support", TicketState.OPEN)).isEqualTo(1);
		assertThat(after.unanswered() - before.unanswered()).isEqualTo(1);
		assertThat(after.oldestUnansweredSince()).isNotNull().isBeforeOrEqualTo(tickets.ticket(waiting).created());
		assertThat(today(after).created() - today(before).created()).isEqualTo(3);
		assertThat(today(after).closed() - today(before).closed()).isEqualTo(1);
		assertThat(after.days()).hasSize(14).last().extracting(Day::date)
			.isEqualTo(LocalDate.now(ZoneOffset.UTC));
		assertThat(after.medianFirstResponseSeconds()).isNotNull().isNotNegative();
		assertThat(after.medianCloseSeconds()).isNotNull().isNotNegative();
		assertThat(tickets(after, "agent") - tickets(before, "agent")).isEqualTo(1);
	}

	@Test
	void onlyManagersAdministratorsAndObserversSeeTheFigures() throws Exception {
		new HelpDesk(context);
		assertThatThrownBy(() -> figures.of(14, "agent")).isInstanceOf(ForbiddenException.class);
		mvc.perform(get("/api/reports/dashboard").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/dashboard").with(httpBasic("observer", "demo"))).andExpect(status().isOk());
		mvc.perform(get("/api/reports/dashboard?days=7").with(httpBasic("manager", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(7));
		mvc.perform(get("/api/reports/dashboard?days=0").with(httpBasic("manager", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theFiguresAreKeptAndCountedAgainInTheBackgroundOnceOlder() {
		HelpDesk desk = new HelpDesk(context);
		Instant[] now = { Instant.now() };
		Clock clock = new Clock() {

			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}
		};
		TicketFigures keeping = new TicketFigures(entities, queues, rights, clock, time, Duration.ofSeconds(15),
				transactions);
		try {
			HelpDeskFigures first = view(keeping);
			desk.open("Support");

			now[0] = now[0].plusSeconds(10);
			HelpDeskFigures kept = view(keeping);
			assertThat(kept.at()).as("kept, not counted again").isEqualTo(first.at());
			assertThat(open(kept, "Support", TicketState.NEW)).isEqualTo(open(first, "Support", TicketState.NEW));
			assertThat(today(kept).created()).isEqualTo(today(first).created());

			now[0] = now[0].plusSeconds(10);
			HelpDeskFigures older = view(keeping);
			assertThat(older.at()).as("this view does not wait for the new count").isEqualTo(first.at());
			HelpDeskFigures counted = Awaitility.await().atMost(Duration.ofSeconds(30))
				.until(() -> view(keeping), f -> f.at().equals(now[0]));
			assertThat(open(counted, "Support", TicketState.NEW) - open(first, "Support", TicketState.NEW)).isEqualTo(1);
			assertThat(counted.unanswered() - first.unanswered()).isEqualTo(1);
			assertThat(today(counted).created() - today(first).created()).isEqualTo(1);
		}
		finally {
			keeping.stop();
		}
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(TicketFigures.median(List.of())).isNull();
		assertThat(TicketFigures.median(seconds(30, 10, 20))).isEqualTo(20);
		assertThat(TicketFigures.median(seconds(40, 10, 20, 1000))).isEqualTo(30);
	}

	/** A view of the dashboard, in a transaction as the application's are. */
	private HelpDeskFigures view(TicketFigures figures) {
		return new TransactionTemplate(transactions).execute(status -> figures.of(14, "manager"));
	}

	private static List<Duration> seconds(long... values) {
		return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
	}

	private static long open(HelpDeskFigures figures, String queue, TicketState state) {
		return figures.open().stream().filter(o -> o.queue().equals(queue) && o.state() == state)
			.mapToLong(HelpDeskFigures.OpenCount::tickets).sum();
	}

	private static Day today(HelpDeskFigures figures) {
		return figures.days().get(figures.days().size() - 1);
	}

	private static long tickets(HelpDeskFigures figures, String agent) {
		return figures.workload().stream().filter(w -> w.agent().equals(agent))
			.mapToLong(HelpDeskFigures.Workload::tickets).sum();
	}
}
