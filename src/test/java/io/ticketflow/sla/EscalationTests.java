package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The service-level clock in the process: escalation timers on the tasks that wait for the help desk fire at the
 * warning and at the breach, each announced once, and the clock stands still while the ticket is pending.
 */
@TicketflowTest
// alone: it sets the engine's clock, which is JVM-wide
@Isolated
class EscalationTests {

	static final String QUEUE = "Escalation desk";

	static final String OTHER_QUEUE = "Escalation desk 2";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	Escalations escalations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry figures;

	HelpDesk desk;

	@BeforeEach
	void setUp() throws Exception {
		desk = new HelpDesk(context);
		Queues queues = context.getBean(Queues.class);
		for (String queue : List.of(QUEUE, OTHER_QUEUE)) {
			if (!queues.exists(queue)) {
				queues.create(Actors.SYSTEM, new QueueView(queue, "queue-support", FollowUpPolicy.REOPEN, null));
			}
		}
		admin("/api/admin/service-levels/Four hours", "{\"firstResponseMinutes\": 240, \"updateMinutes\": 120, "
				+ "\"solutionMinutes\": 2880, \"warnPercent\": 50}").andExpect(status().isOk());
		admin("/api/admin/service-levels/One day", "{\"firstResponseMinutes\": 1440}").andExpect(status().isOk());
		assign(QUEUE, "Four hours");
		assign(OTHER_QUEUE, "One day");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** ticketflow_escalations_total of the first response at the level, on /actuator/prometheus. */
	private double escalationsCounted(String level) {
		Counter counted = figures.find("ticketflow.escalations").tag("deadline", "first_response").tag("level", level)
			.counter();
		return counted == null ? 0 : counted.count();
	}

	@Test
	void theFirstResponseWarnsThenEscalatesEachOnceAndTheAgentsAndManagersHearOfIt() throws Exception {
		String number = desk.open(QUEUE);
		Instant created = tickets.ticket(number).created();
		Instant due = created.plus(Duration.ofHours(4));

		mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.escalation.serviceLevel").value("Four hours"))
			.andExpect(jsonPath("$.escalation.deadlines[?(@.kind == 'FIRST_RESPONSE')].dueAt").value(due.toString()));
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getDueDate())
			.as("Tasklist sorts by the next deadline").isEqualTo(Date.from(due));
		assertThat(history(number, HistoryType.SERVICE_LEVEL_SET)).singleElement()
			.satisfies(line -> assertThat(line.detail()).contains("Four hours", "queue " + QUEUE));

		double warnings = escalationsCounted("warning");
		double breaches = escalationsCounted("breach");
		Job warning = escalationTimer(number);
		assertThat(warning.getDuedate()).isEqualTo(Date.from(ceil(created.plus(Duration.ofHours(2)))));
		fire(warning);
		assertThat(history(number, HistoryType.ESCALATION_WARNING)).hasSize(1);
		assertThat(history(number, HistoryType.ESCALATED)).isEmpty();
		assertThat(escalationsCounted("warning")).as("the figure of warnings").isEqualTo(warnings + 1);

		Job breach = escalationTimer(number);
		assertThat(breach.getDuedate()).isEqualTo(Date.from(ceil(due)));
		fire(breach);
		assertThat(history(number, HistoryType.ESCALATED)).singleElement()
			.satisfies(line -> assertThat(line.detail()).contains("First response"));
		assertThat(escalations.escalate(tickets.idOf(number))).as("announced once").isZero();
		assertThat(escalationsCounted("breach")).as("the figure of breaches, counted once").isEqualTo(breaches + 1);
		assertThat(escalationTimer(number).getDuedate()).as("next: the solution's warning, half of two days")
			.isEqualTo(Date.from(ceil(created.plus(Duration.ofDays(1)))));

		assertThat(notifications(number, "First response escalates soon")).contains("agent@ticketflow.localhost")
			.doesNotContain("manager@ticketflow.localhost");
		assertThat(notifications(number, "First response escalated")).contains("agent@ticketflow.localhost",
				"manager@ticketflow.localhost");
	}

	@Test
	void theClockStandsStillWhilePendingAndMovesTheDeadlinesByThePause() {
		String number = desk.open(QUEUE);
		Instant created = tickets.ticket(number).created();
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "reminder",
				"pendingUntil", created.plus(Duration.ofDays(5)).toString()));
		assertThat(escalations.moments(tickets.idOf(number))).as("no moment while pending").isEmpty();

		// three days later the customer writes: a 4-hour first response has not breached, it is due 4 hours on
		Instant resumed = created.plus(Duration.ofDays(3));
		ClockUtil.setCurrentTime(Date.from(resumed));
		context.getBean(FollowUps.class).receive(number, ArticleDraft.fromCustomer(Channel.EMAIL,
				tickets.ticket(number).customer(), "Re: [Ticket#" + number + "]", "Any news?"));
		assertThat(history(number, HistoryType.ESCALATED)).isEmpty();
		assertThat(history(number, HistoryType.ESCALATION_WARNING)).isEmpty();
		Instant firstResponseDue = escalations.of(tickets.idOf(number)).deadlines().stream()
			.filter(d -> d.kind() == DeadlineKind.FIRST_RESPONSE).findFirst().orElseThrow().dueAt();
		assertThat(Duration.between(resumed, firstResponseDue)).isLessThanOrEqualTo(Duration.ofHours(4))
			.isGreaterThan(Duration.ofHours(3).plusMinutes(59));
		assertThat(escalationTimer(number).getDuedate()).isAfter(Date.from(resumed));
	}

	@Test
	void theReplyMeetsTheFirstResponseAndTheCustomersNextMessageStartsTheUpdateTime() {
		String number = desk.open(QUEUE);
		desk.reply(number, "agent", "Switch it off and on.");
		TicketEscalation answered = escalations.of(tickets.idOf(number));
		assertThat(answered.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.FIRST_RESPONSE).singleElement()
			.satisfies(d -> assertThat(d.metAt()).isNotNull());
		assertThat(answered.deadlines()).noneMatch(d -> d.kind() == DeadlineKind.UPDATE);

		context.getBean(FollowUps.class).receive(number, ArticleDraft.fromCustomer(Channel.EMAIL,
				tickets.ticket(number).customer(), "Re: [Ticket#" + number + "]", "Still broken."));
		TicketEscalation waiting = escalations.of(tickets.idOf(number));
		assertThat(waiting.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.UPDATE).singleElement()
			.satisfies(d -> assertThat(Duration.between(d.started(), d.dueAt())).isEqualTo(Duration.ofHours(2)));
	}

	@Test
	void movingTheTicketToAnotherQueueChoosesItsServiceLevelAndSaysSo() {
		String number = desk.open(QUEUE);
		Instant created = tickets.ticket(number).created();
		context.getBean(TicketActions.class).transfer(tickets.idOf(number), OTHER_QUEUE, null, "agent");
		assertThat(history(number, HistoryType.SERVICE_LEVEL_SET)).hasSize(2).last()
			.satisfies(line -> assertThat(line.detail()).contains("One day", "queue " + OTHER_QUEUE));
		TicketEscalation escalation = escalations.of(tickets.idOf(number));
		assertThat(escalation.serviceLevel()).isEqualTo("One day");
		assertThat(escalation.deadlines()).singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(created.plus(Duration.ofDays(1))));
	}

	@Test
	void managersSeeTheShareInTimePerQueueTheTicketsEscalatedNowAndTheLongestOverdue() throws Exception {
		String answered = desk.open(QUEUE);
		desk.reply(answered, "agent", "Done in time.");
		String forgotten = desk.open(QUEUE);
		fire(escalationTimer(forgotten)); // the warning
		fire(escalationTimer(forgotten)); // the breach

		mvc.perform(get("/api/reports/service-levels").with(httpBasic("manager", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.days").value(14))
			.andExpect(jsonPath("$.perQueue[?(@.queue == '" + QUEUE + "')].firstResponseInTime",
					org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
			.andExpect(jsonPath("$.perQueue[?(@.queue == '" + QUEUE + "')].firstResponseLate",
					org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
			.andExpect(jsonPath("$.escalatedNow").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.longestOverdue.overdueSeconds").value(org.hamcrest.Matchers.greaterThan(0)));
		mvc.perform(get("/api/reports/service-levels").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden());
	}

	private void fire(Job timer) {
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		management.executeJob(timer.getId());
	}

	private Job escalationTimer(String number) {
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
			.getId();
		return management.createJobQuery().processInstanceId(instance).activityId("Event_WorkEscalation").timers()
			.singleResult();
	}

	private List<HistoryView> history(String number, HistoryType type) {
		return tickets.history(number).stream().filter(h -> h.type() == type).toList();
	}

	private List<String> notifications(String number, String what) {
		return jdbc.queryForList("select recipient from ticketflow.outbox where ticket_id = ? and subject like ?",
				String.class, tickets.idOf(number), "[Ticket#" + number + "] " + what + "%");
	}

	private void assign(String queue, String level) throws Exception {
		admin("/api/admin/service-level-assignments",
				"{\"to\": \"QUEUE\", \"target\": \"" + queue + "\", \"serviceLevel\": \"" + level + "\"}")
			.andExpect(status().isOk());
	}

	private ResultActions admin(String path, String json) throws Exception {
		return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(json).with(httpBasic("admin", "demo")));
	}

	private static Instant ceil(Instant moment) {
		Instant down = moment.truncatedTo(ChronoUnit.SECONDS);
		return down.equals(moment) ? down : down.plusSeconds(1);
	}
}
