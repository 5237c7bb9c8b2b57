package io.ticketflow.process.internal;

import static io.ticketflow.process.internal.TicketModel.Task.AUTHORIZE;
import static io.ticketflow.process.internal.TicketModel.Task.CONSULT;
import static io.ticketflow.process.internal.TicketModel.Task.REVIEW;
import static io.ticketflow.process.internal.TicketModel.Task.TRIAGE;
import static io.ticketflow.process.internal.TicketModel.Task.WORK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import io.ticketflow.process.WorkAction;
import org.assertj.core.api.Assertions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ticket.bpmn} on its own, as Camunda's examples test a model: an in-memory engine, every step replaced by a
 * mock, one test per path. The application's steps are tested with the whole application beside it
 * ({@code TicketProcessTests}); here a changed flow, gateway or event fails in seconds.
 */
@Deployment(resources = { "processes/ticket.bpmn", "forms/triage.form", "forms/work.form", "forms/consult.form",
		"forms/authorize.form", "forms/review.form" })
class TicketModelTests {

	@RegisterExtension
	static final ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

	final Map<String, Object> steps = new HashMap<>();

	/** The assertions ask this engine, not another one a Spring test of the same run has started. */
	@BeforeEach
	void assertOnThisEngine() {
		BpmnAwareTests.init(extension.getProcessEngine());
	}

	@BeforeEach
	void replaceEverySteps() throws IOException {
		try (InputStream model = getClass().getResourceAsStream("/processes/ticket.bpmn")) {
			Matcher names = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"")
				.matcher(new String(model.readAllBytes(), StandardCharsets.UTF_8));
			while (names.find()) {
				steps.computeIfAbsent(names.group(1), name -> {
					Object step = mock(JavaDelegate.class, withSettings().name(name).extraInterfaces(TaskListener.class));
					Mocks.register(name, step);
					return step;
				});
			}
		}
	}

	@AfterEach
	void forgetTheStepsAndTheEngine() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	/** Closed, the engine leaves the engine registry, where the application's tests find theirs. */
	@AfterAll
	static void closeTheEngine() {
		extension.getProcessEngine().close();
	}

	@Test
	void aTicketOpenedInAQueueGoesStraightToWork() {
		ProcessInstance ticket = open(false);

		assertThat(ticket).isWaitingAt(WORK.id()).task().hasCandidateGroup("queue-support");
		assertThat(ticket).hasNotPassed(TRIAGE.id());
	}

	@Test
	void aDispatcherRoutesANewTicketToItsQueue() throws Exception {
		ProcessInstance ticket = open(true);
		assertThat(ticket).isWaitingAt(TRIAGE.id()).task().hasCandidateGroup("dispatchers");

		complete(task(ticket), withVariables("triageAction", "route"));

		verify(step("routeTicket")).execute(any());
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void aDispatcherAsksTheCustomerAndTriagesAgainWhenTheyAnswer() throws Exception {
		ProcessInstance ticket = open(true);
		complete(task(ticket), withVariables("triageAction", TicketModel.Choice.ASK_CUSTOMER.value()));
		verify(step("askCustomer")).execute(any());
		assertThat(ticket).isWaitingAt("Event_CustomerAnswered");

		customerWrites();

		assertThat(ticket).isWaitingAt(TRIAGE.id()).hasPassed("Task_RegisterFollowUp");
	}

	@Test
	void replyNoteAndTransferGoBackToWork() throws Exception {
		ProcessInstance ticket = open(false);
		for (WorkAction action : new WorkAction[] { WorkAction.REPLY, WorkAction.NOTE, WorkAction.TRANSFER }) {
			work(ticket, action);
		}

		verify(step("sendReply")).execute(any());
		verify(step("addNote")).execute(any());
		verify(step("transferTicket")).execute(any());
		verify(listener("assignWork"), times(4)).notify(any());
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void closingEndsTheTicketsProcess() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.CLOSE);

		verify(step("closeTicket")).execute(any());
		assertThat(ticket).isEnded().hasPassed("EndEvent_Closed");
	}

	@Test
	void aReplyThenCloseRepliesAndClosesInOneStep() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.REPLY_AND_CLOSE);

		org.mockito.InOrder order = org.mockito.Mockito.inOrder(step("sendReply"), step("closeTicket"));
		order.verify(step("sendReply")).execute(any());
		order.verify(step("closeTicket")).execute(any());
		assertThat(ticket).isEnded().hasPassed("Gateway_AfterReply", "EndEvent_Closed");
	}

	@Test
	void aReplyThenPendingRepliesAndWaitsInOneStep() throws Exception {
		ProcessInstance ticket = open(false);
		pendsUntilAnHourAgo(true);
		work(ticket, WorkAction.REPLY_AND_PENDING);

		verify(step("sendReply")).execute(any());
		verify(step("setPending")).execute(any());
		assertThat(ticket).isWaitingAt("Gateway_Pending");
	}

	@Test
	void aPlainReplyKeepsTheTicketWorked() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.REPLY);

		verify(step("closeTicket"), times(0)).execute(any());
		verify(step("setPending"), times(0)).execute(any());
		assertThat(ticket).isWaitingAt(WORK.id()).hasPassed("Gateway_AfterReply");
	}

	@Test
	void mergingEndsTheMergedTicketsProcess() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.MERGE);

		verify(step("mergeTicket")).execute(any());
		assertThat(ticket).isEnded().hasPassed("EndEvent_Merged");
	}

	@Test
	void anActionTheFormDoesNotOfferIsRefusedAndTheWorkStays() throws Exception {
		ProcessInstance ticket = open(false);
		doThrow(new IllegalArgumentException("not an action")).when(step("refuseUnknownAction")).execute(any());

		assertThatThrownBy(() -> complete(task(ticket), withVariables(TicketModel.WORK_ACTION, "delete")))
			.hasMessageContaining("not an action");
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void aPendingReminderGivesTheWorkBackWhenItsTimeComes() throws Exception {
		ProcessInstance ticket = open(false);
		pendsUntilAnHourAgo(true);
		work(ticket, WorkAction.PENDING);
		assertThat(ticket).isWaitingAt("Gateway_Pending");

		execute(job());

		verify(step("reminderReached")).execute(any());
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void aPendingAutoCloseClosesTheTicketWhenItsTimeComes() throws Exception {
		ProcessInstance ticket = open(false);
		pendsUntilAnHourAgo(false);
		work(ticket, WorkAction.PENDING);

		execute(job());

		verify(step("autoClose")).execute(any());
		assertThat(ticket).isEnded().hasPassed("EndEvent_AutoClosed");
	}

	@Test
	void anFaqAnswerWaitsAndTheCustomersAnswerBringsTheTicketBack() throws Exception {
		ProcessInstance ticket = open(false);
		pendsUntilAnHourAgo(false);
		work(ticket, WorkAction.FAQ);
		verify(step("answerWithFaq")).execute(any());

		customerWrites();

		assertThat(ticket).isWaitingAt(WORK.id()).hasPassed("Event_PendingFollowUp");
		assertThat(ticket).hasNotPassed("Task_AutoClose");
	}

	@Test
	void aConsultationIsPassedOnAndReturnedOneStepAtATime() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.CONSULT);
		verify(step("askConsultation")).execute(any());
		assertThat(ticket).isWaitingAt(CONSULT.id());

		complete(task(ticket), withVariables("consultAction", TicketModel.Choice.PASS_CONSULTATION.value()));
		verify(step("passConsultation")).execute(any());
		assertThat(ticket).isWaitingAt(CONSULT.id());

		returnsConsultationStillOpen(true);
		complete(task(ticket), withVariables("consultAction", "return"));
		assertThat(ticket).isWaitingAt(CONSULT.id());

		returnsConsultationStillOpen(false);
		complete(task(ticket), withVariables("consultAction", "return"));
		assertThat(ticket).isWaitingAt(WORK.id());
		verify(step("returnConsultation"), times(2)).execute(any());
		verify(listener("assignConsultant"), times(3)).notify(any());
	}

	@Test
	void anAuthorizationIsDecidedAndTheWorkGoesBackToTheAgent() throws Exception {
		ProcessInstance ticket = open(false);
		work(ticket, WorkAction.AUTHORIZE);
		verify(step("askAuthorization")).execute(any());
		assertThat(ticket).isWaitingAt(AUTHORIZE.id()).task().hasCandidateGroup("authorizers");

		complete(task(ticket), withVariables("authorizationDecision", "refuse"));

		verify(step("decideAuthorization")).execute(any());
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void aTraineesReplyIsReviewedBesideTheWorkAndApproved() throws Exception {
		ProcessInstance ticket = open(false);
		replyHeldForReview();
		assertThat(ticket).isWaitingAt(WORK.id(), REVIEW.id());

		complete(task(REVIEW.id(), ticket), withVariables("reviewDecision", TicketModel.Choice.APPROVE_REVIEW.value()));

		verify(step("releaseReply")).execute(any());
		assertThat(ticket).hasPassed("EndEvent_ReplySent").isWaitingAt(WORK.id());
	}

	@Test
	void aTraineesReplySentBackNeverReachesTheCustomer() throws Exception {
		ProcessInstance ticket = open(false);
		replyHeldForReview();

		complete(task(REVIEW.id(), ticket), withVariables("reviewDecision", "return"));

		verify(step("returnReply")).execute(any());
		verify(step("releaseReply"), times(0)).execute(any());
		assertThat(ticket).hasPassed("EndEvent_ReplyReturned").isWaitingAt(WORK.id());
	}

	@Test
	void theCustomerMayWriteWhileTheTicketIsWorked() throws Exception {
		ProcessInstance ticket = open(false);

		customerWrites();

		verify(step("registerFollowUp")).execute(any());
		assertThat(ticket).isWaitingAt(WORK.id());
	}

	@Test
	void aClosedTicketReopenedByTheCustomerGoesBackToWork() {
		ProcessInstance reopened = runtimeService()
			.createMessageCorrelation(TicketModel.Message.TICKET_REOPENED.id()).processInstanceBusinessKey("2026")
			.setVariables(Map.of(Vars.TICKET_ID, 7L, Vars.QUEUE_GROUP, "queue-support", Vars.ANSWERED, false,
					Vars.ESCALATION_CYCLE, EscalationTimers.NEVER))
			.correlateStartMessage();

		assertThat(reopened).isWaitingAt(WORK.id()).task().hasCandidateGroup("queue-support");
	}

	@Test
	void theEscalationTimerAnnouncesEachMomentBesideTheWorkAndWaitsForTheNext() throws Exception {
		Instant warning = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		Instant breach = warning.plus(Duration.ofHours(2));
		ProcessInstance ticket = open(false);
		runtimeService().setVariable(ticket.getId(), Vars.ESCALATION_CYCLE,
				EscalationTimers.cycle(List.of(breach, warning)));
		Job timer = escalationTimer(ticket);
		managementService().recalculateJobDuedate(timer.getId(), false);
		Assertions.assertThat(escalationTimer(ticket).getDuedate()).isEqualTo(Date.from(warning));

		ClockUtil.setCurrentTime(Date.from(warning.plusSeconds(1)));
		try {
			execute(escalationTimer(ticket));
			verify(step("announceEscalation")).execute(any());
			assertThat(ticket).isWaitingAt(WORK.id()).hasPassed("Task_AnnounceEscalation", "EndEvent_EscalationAnnounced");
			Assertions.assertThat(escalationTimer(ticket).getDuedate()).as("the engine already knows the next moment")
				.isEqualTo(Date.from(breach));
		}
		finally {
			ClockUtil.reset();
		}
		work(ticket, WorkAction.NOTE);
		assertThat(escalationTimer(ticket)).as("the new work task has its own timer").isNotNull();
	}

	@Test
	void aSingleMomentFiresOnceAndNoMomentNever() {
		Instant moment = Instant.parse("2030-01-01T10:00:00.250Z");
		Assertions.assertThat(EscalationTimers.cycle(List.of())).isEqualTo(EscalationTimers.NEVER);
		Assertions.assertThat(EscalationTimers.cycle(List.of(moment))).isEqualTo("R0/2030-01-01T10:00:01Z/P1D");
		Assertions.assertThat(EscalationTimers.cycle(List.of(moment, moment.plusMillis(100), moment.plusSeconds(90))))
			.as("rounded up to seconds, the second distinct second after the first").isEqualTo("R/2030-01-01T10:00:01Z/PT90S");
	}

	private Job escalationTimer(ProcessInstance ticket) {
		return managementService().createJobQuery().processInstanceId(ticket.getId())
			.activityId(TicketModel.EscalationTimer.WORK.id()).singleResult();
	}

	// ---- the steps and what the application does around the model ----

	private ProcessInstance open(boolean needsTriage) {
		return runtimeService().startProcessInstanceByKey(TicketModel.PROCESS, "2026", Map.of(Vars.TICKET_ID, 7L,
				Vars.QUEUE_GROUP, "queue-support", Vars.ANSWERED, false, Vars.NEEDS_TRIAGE, needsTriage,
				Vars.ESCALATION_CYCLE, EscalationTimers.NEVER));
	}

	private void work(ProcessInstance ticket, WorkAction action) {
		complete(task(WORK.id(), ticket), withVariables(TicketModel.WORK_ACTION, action.value()));
	}

	private void customerWrites() {
		runtimeService().createMessageCorrelation(TicketModel.Message.FOLLOW_UP.id()).processInstanceBusinessKey("2026")
			.correlateAll();
	}

	private void replyHeldForReview() {
		runtimeService().createMessageCorrelation(TicketModel.Message.REPLY_FOR_REVIEW.id())
			.processInstanceBusinessKey("2026")
			.setVariables(Map.of(Vars.DRAFT_ARTICLE, 11L, ReviewSteps.DRAFT_AUTHOR, "trainee", ReviewSteps.DRAFT_BODY,
					"Dear customer"))
			.correlate();
	}

	/** Setting pending (or answering with an FAQ entry) gives the timer its time, as the real steps do. */
	private void pendsUntilAnHourAgo(boolean reminder) throws Exception {
		JavaDelegate pending = execution -> {
			execution.setVariable(Vars.PENDING_DUE, Date.from(Instant.now().minusSeconds(3600)));
			execution.setVariable(Vars.PENDING_REMINDER, reminder);
		};
		for (String step : new String[] { "setPending", "answerWithFaq" }) {
			doAnswer(call -> {
				pending.execute(call.getArgument(0, DelegateExecution.class));
				return null;
			}).when(step(step)).execute(any());
		}
	}

	private void returnsConsultationStillOpen(boolean open) throws Exception {
		doAnswer(call -> {
			call.getArgument(0, DelegateExecution.class).setVariable(Vars.CONSULTATION_OPEN, open);
			return null;
		}).when(step("returnConsultation")).execute(any());
	}

	private JavaDelegate step(String name) {
		return (JavaDelegate) steps.get(name);
	}

	private TaskListener listener(String name) {
		return (TaskListener) steps.get(name);
	}

	private static ProcessEngine engine() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:ticket-model;DB_CLOSE_DELAY=-1");
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setEnforceHistoryTimeToLive(false);
		configuration.setReevaluateTimeCycleWhenDue(true); // as application.yml sets it
		configuration.setProcessEngineName("ticket-model");
		return configuration.buildProcessEngine();
	}
}
