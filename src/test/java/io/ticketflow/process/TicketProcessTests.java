package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUpReceipt;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** One test per path through processes/ticket.bpmn, with the application's real steps behind it. */
@TicketflowTest
class TicketProcessTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TicketQueries tickets;

	@Autowired
	FollowUps followUps;

	@Autowired
	AgentArticles articles;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		desk = new HelpDesk(context);
	}

	@Test
	void newTicketIsTriagedRoutedRepliedAndClosed() {
		String number = desk.open(null);
		ProcessInstance process = process(number);
		assertThat(process).isWaitingAt("Task_Triage");
		assertThat(task(process)).hasCandidateGroup("dispatchers");

		desk.complete(number, "Task_Triage", "secretary",
				Map.of("triageAction", "route", "queue", "Support", "priority", "4", "ticketType", "incident"));
		assertThat(process).isWaitingAt("Task_Work");
		assertThat(task(process)).hasCandidateGroup("queue-support").isNotAssigned();
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.OPEN);
		assertThat(tickets.ticket(number).priority()).isEqualTo(4);

		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "reply", "body", "Unplug it."));
		assertThat(process).isWaitingAt("Task_Work");
		assertThat(task(process)).isAssignedTo("agent");
		assertThat(tickets.ticket(number).answered()).isTrue();
		assertThat(tickets.ticket(number).owner()).isEqualTo("agent");

		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		assertThat(process).isEnded().hasPassed("Task_SendReply", "Task_Close").hasNotPassed("Task_AskCustomer");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(types(number)).contains(HistoryType.QUEUE_CHANGED, HistoryType.OWNER_CHANGED, HistoryType.CLOSED);
	}

	@Test
	void ticketOpenedInAQueueSkipsTriage() {
		ProcessInstance process = process(desk.open("Billing"));
		assertThat(process).isWaitingAt("Task_Work").hasNotPassed("Task_Triage");
		assertThat(task(process)).hasCandidateGroup("queue-billing");
	}

	@Test
	void dispatcherAsksTheCustomerAndTriagesAgainWhenTheyAnswer() {
		String number = desk.open(null);
		ProcessInstance process = process(number);
		desk.complete(number, "Task_Triage", "secretary",
				Map.of("triageAction", "askCustomer", "question", "Which printer?"));
		assertThat(process).isWaitingAt("Event_CustomerAnswered");
		assertThat(tickets.articles(number)).last().satisfies(a -> assertThat(a.body()).isEqualTo("Which printer?"));

		followUps.receive(number, customerSays(number, "The one on floor 3."));
		assertThat(process).isWaitingAt("Task_Triage");
		assertThat(tickets.ticket(number).answered()).isFalse();
	}

	@Test
	void consultationsNestAndEachReturnGoesBackExactlyOneStep() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		desk.complete(number, "Task_Work", "agent",
				Map.of("workAction", "consult", "consultant", "specialist", "body", "Is this a fire hazard?"));
		assertThat(task(process)).hasDefinitionKey("Task_Consult").isAssignedTo("specialist");

		desk.complete(number, "Task_Consult", "specialist",
				Map.of("consultAction", "pass", "nextConsultant", "specialist2", "note", "Ask the electrician."));
		assertThat(task(process)).hasDefinitionKey("Task_Consult").isAssignedTo("specialist2");

		desk.complete(number, "Task_Consult", "specialist2", Map.of("consultAction", "return", "note", "Yes, it is."));
		assertThat(task(process)).hasDefinitionKey("Task_Consult").isAssignedTo("specialist");

		desk.complete(number, "Task_Consult", "specialist", Map.of("consultAction", "return", "note", "Evacuate."));
		assertThat(task(process)).hasDefinitionKey("Task_Work").isAssignedTo("agent");
		assertThat(types(number)).containsSubsequence(HistoryType.CONSULTATION_ASKED, HistoryType.CONSULTATION_PASSED,
				HistoryType.CONSULTATION_RETURNED, HistoryType.CONSULTATION_RETURNED);
		assertThat(tickets.history(number)).filteredOn(h -> h.type() == HistoryType.CONSULTATION_RETURNED)
				.extracting(HistoryView::detail)
				.containsExactly("specialist2 returns to specialist", "specialist returns to agent");
		assertThat(tickets.articles(number)).filteredOn(a -> a.channel() == Channel.NOTE)
				.allSatisfy(a -> assertThat(a.visibleForCustomer()).isFalse()).hasSize(4);
	}

	@Test
	void consultantReturnsTheTicketOnlyWithANote() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.complete(number, "Task_Consult", "specialist",
				Map.of("consultAction", "return"))).hasMessageContaining("internal note");
		assertThat(task(process(number))).hasDefinitionKey("Task_Consult").isAssignedTo("specialist");
	}

	@Test
	void approvedAuthorizationGoesBackToTheAgentWhoAsked() {
		String number = authorizationAsked();
		desk.complete(number, "Task_Authorize", "authorizer",
				Map.of("authorizationDecision", "approve", "authorizationReason", "Within budget."));
		assertThat(task(process(number))).hasDefinitionKey("Task_Work").isAssignedTo("agent");
		assertThat(tickets.history(number)).extracting(HistoryView::detail).contains("authorizer approved");
		// the note reads as a sentence in the ticket's language, naming the authorizer as people are named
		assertThat(tickets.articles(number)).last().extracting(ArticleView::body)
			.isEqualTo(context.getBean(io.ticketflow.rights.Rights.class).nameOf("authorizer")
					+ " approved the request: Within budget.");
	}

	@Test
	void refusedAuthorizationGoesBackToTheAgentWhoAskedWithTheReason() {
		String number = authorizationAsked();
		desk.complete(number, "Task_Authorize", "authorizer",
				Map.of("authorizationDecision", "refuse", "authorizationReason", "Too expensive."));
		assertThat(task(process(number))).hasDefinitionKey("Task_Work").isAssignedTo("agent");
		assertThat(tickets.articles(number)).extracting(a -> a.body()).anyMatch(b -> b.endsWith(" refused the request: Too expensive."));
	}

	private String authorizationAsked() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent",
				Map.of("workAction", "authorize", "authorizationRequest", "Refund 500 EUR?"));
		assertThat(task(process(number))).hasDefinitionKey("Task_Authorize").hasCandidateGroup("authorizers");
		return number;
	}

	@Test
	void pendingReminderGivesTheTicketBackToItsAgentWhenTheTimeComes() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		pend(number, "reminder");
		assertThat(process).isWaitingAt("Gateway_Pending");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.PENDING_REMINDER);

		execute(job());
		assertThat(task(process)).hasDefinitionKey("Task_Work").isAssignedTo("agent");
		assertThat(types(number)).contains(HistoryType.REMINDER_REACHED);
	}

	@Test
	void pendingAutoCloseClosesTheTicketWhenTheTimeComes() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		pend(number, "autoClose");
		assertThat(process).isWaitingAt("Gateway_Pending");
		execute(job());
		assertThat(process).isEnded().hasPassed("Task_AutoClose");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	@Test
	void customerFollowUpCancelsTheAutoCloseTimer() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		pend(number, "autoClose");

		followUps.receive(number, customerSays(number, "It still smokes!"));
		assertThat(task(process)).hasDefinitionKey("Task_Work").isAssignedTo("agent");
		assertThat(process).hasPassed("Event_PendingFollowUp", "Task_RegisterFollowUp");
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId())
			.activityId("Event_PendingTimeReached").count()).isZero();
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void followUpWhileTheTicketIsWorkedIsRegisteredAndWorkGoesOn() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		String taskId = task(process).getId();
		followUps.receive(number, customerSays(number, "Any news?"));
		assertThat(process).hasPassed("Task_RegisterFollowUp").isWaitingAt("Task_Work");
		assertThat(task(process).getId()).isEqualTo(taskId);
		assertThat(tickets.ticket(number).answered()).isFalse();
	}

	@Test
	void followUpToAClosedTicketOfAReopeningQueueReopensItForItsAgent() {
		String number = closed("Support");
		FollowUpReceipt receipt = followUps.receive(number, customerSays(number, "It is back."));
		assertThat(receipt.outcome()).isEqualTo(FollowUpReceipt.Outcome.REOPENED);
		ProcessInstance reopened = process(number);
		assertThat(reopened).isWaitingAt("Task_Work").hasPassed("StartEvent_TicketReopened");
		assertThat(task(reopened)).isAssignedTo("agent");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.OPEN);
	}

	@Test
	void followUpToAClosedTicketOfARejectingQueueIsKeptButNotWorked() {
		String number = closed("Sales");
		FollowUpReceipt receipt = followUps.receive(number, customerSays(number, "Hello?"));
		assertThat(receipt.outcome()).isEqualTo(FollowUpReceipt.Outcome.REJECTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.articles(number)).extracting(a -> a.body()).contains("Hello?");
		assertThat(types(number)).contains(HistoryType.FOLLOW_UP_REJECTED);
	}

	@Test
	void followUpToAClosedTicketOfANewTicketQueueOpensANewTicket() {
		String number = closed("Billing");
		FollowUpReceipt receipt = followUps.receive(number, customerSays(number, "Another invoice is wrong."));
		assertThat(receipt.outcome()).isEqualTo(FollowUpReceipt.Outcome.NEW_TICKET);
		assertThat(receipt.ticket()).isNotEqualTo(number);
		assertThat(process(receipt.ticket())).isWaitingAt("Task_Work");
		assertThat(tickets.articles(receipt.ticket())).extracting(a -> a.body()).containsExactly("Another invoice is wrong.");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	@Test
	void mergedTicketEndsAndItsFollowUpsGoToTheTicketItWasMergedInto() {
		String target = desk.open("Support");
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "merge", "mergeInto", target));
		assertThat(process).isEnded().hasPassed("EndEvent_Merged");
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.MERGED);
		assertThat(tickets.ticket(number).mergedInto()).isEqualTo(target);

		FollowUpReceipt receipt = followUps.receive(number, customerSays(number, "Same problem."));
		assertThat(receipt.ticket()).isEqualTo(target);
		assertThat(tickets.articles(target)).extracting(a -> a.body()).contains("Same problem.");
	}

	@Test
	void transferMovesTheWorkToTheOtherQueueOrAgent() {
		String number = desk.open("Support");
		ProcessInstance process = process(number);
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "transfer", "targetQueue", "Billing"));
		assertThat(task(process)).hasDefinitionKey("Task_Work").hasCandidateGroup("queue-billing").isNotAssigned();
		assertThat(tickets.ticket(number).queue()).isEqualTo("Billing");

		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "transfer", "targetAgent", "agent2"));
		assertThat(task(process)).isAssignedTo("agent2");
		assertThat(tickets.ticket(number).responsible()).isEqualTo("agent2");
		assertThat(tickets.ticket(number).owner()).isEqualTo("agent");
	}

	@Test
	void noteFromTheWorkFormStaysInternalAndTheTicketStaysInWork() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "note", "body", "Called the customer."));
		assertThat(process(number)).isWaitingAt("Task_Work").hasPassed("Task_AddNote");
		assertThat(tickets.articles(number)).last().satisfies(a -> {
			assertThat(a.channel()).isEqualTo(Channel.NOTE);
			assertThat(a.visibleForCustomer()).isFalse();
		});
		assertThat(tickets.ticket(number).answered()).isFalse();
	}

	@Test
	void anAgentRepliesAndClosesInOneStepAndRepliesAndSetsPendingInAnother() {
		String closing = desk.open("Support");
		desk.complete(closing, "Task_Work", "agent", Map.of("workAction", "replyAndClose", "body",
				"Replaced the toner; all good now.", "resolution", "successful"));
		assertThat(process(closing)).isEnded().hasPassed("Task_SendReply", "Task_Close");
		assertThat(tickets.ticket(closing).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.articles(closing)).anyMatch(a -> a.visibleForCustomer() && a.body().startsWith("Replaced the toner"));

		String waiting = desk.open("Support");
		desk.complete(waiting, "Task_Work", "agent", Map.of("workAction", "replyAndPending", "body",
				"Please try it tomorrow morning.", "pendingType", "reminder", "pendingUntil",
				Instant.now().plus(2, ChronoUnit.DAYS).toString()));
		assertThat(process(waiting)).isWaitingAt("Gateway_Pending");
		assertThat(tickets.ticket(waiting).state()).isEqualTo(TicketState.PENDING_REMINDER);
		assertThat(tickets.ticket(waiting).answered()).isTrue();
	}

	private void pend(String number, String type) {
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", type,
				"pendingUntil", Instant.now().plus(2, ChronoUnit.DAYS).toString()));
	}

	private String closed(String queue) {
		String number = desk.open(queue);
		articles.reply(number, "agent", "Fixed.");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		assertThat(process(number)).isEnded();
		return number;
	}

	private ArticleDraft customerSays(String number, String text) {
		return ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(number).customer(), "Re: [Ticket#" + number + "]", text);
	}

	/** The latest process instance of a ticket, running or ended. */
	private ProcessInstance process(String number) {
		ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
		if (running != null) {
			return running;
		}
		String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
				.orderByProcessInstanceStartTime().desc().list().get(0).getId();
		return new EndedInstance(id, number);
	}

	private java.util.List<HistoryType> types(String number) {
		return tickets.history(number).stream().map(HistoryView::type).toList();
	}
}
