package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.TicketQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each persona finds its work in its own Tasklist filter, with the rights of its login. */
@TicketflowTest
// alone: it sets the engine's clock, which is JVM-wide
@Isolated
class TasklistFiltersTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	Directory directory;

	@Autowired
	AgentArticles articles;

	@Autowired
	FollowUps followUps;

	@Autowired
	TicketQueries tickets;

	@Autowired
	RuntimeService runtime;

	@Test
	void everyPersonaFindsItsTasksInItsFilter() {
		HelpDesk desk = new HelpDesk(context);
		String triage = desk.open(null);
		String consulted = desk.open("Support");
		desk.complete(consulted, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		String authorizing = desk.open("Support");
		desk.complete(authorizing, "Task_Work", "agent", Map.of("workAction", "authorize", "authorizationRequest", "ok?"));
		String reviewed = desk.open("Support");
		articles.reply(reviewed, "trainee", "A draft.");

		assertThat(keys("secretary", "To triage")).contains(triage);
		assertThat(keys("specialist", "Consultations for me")).contains(consulted);
		assertThat(keys("authorizer", "Awaiting my authorization")).contains(authorizing);
		assertThat(keys("agent", "Replies to review")).contains(reviewed);
		assertThat(keys("agent", "Consultations for me")).doesNotContain(consulted);
		assertThat(keys("agent2", "All open tickets")).as("an agent of another queue sees none of them")
			.doesNotContain(triage, consulted, authorizing, reviewed);
	}

	@Test
	void eachPersonaIsShownTheFiltersOfItsJob() {
		new HelpDesk(context);
		assertThat(shown("secretary")).containsExactly("My tickets", "Escalated", "Escalating within 1 hour", "Unanswered", "To triage",
				"Consultations for me", "All open tickets");
		assertThat(shown("agent")).containsExactly("My tickets", "Escalated", "Escalating within 1 hour", "Unanswered", "Pending reminders due",
				"My queues", "Consultations for me", "Replies to review", "All open tickets");
		assertThat(shown("trainee")).containsExactly("My tickets", "Escalated", "Escalating within 1 hour", "Unanswered", "Pending reminders due",
				"My queues", "Consultations for me", "All open tickets");
		assertThat(shown("specialist")).containsExactly("My tickets", "Escalated", "Escalating within 1 hour", "Consultations for me",
				"All open tickets");
		assertThat(shown("authorizer")).containsExactly("My tickets", "Escalated", "Escalating within 1 hour", "Consultations for me",
				"Awaiting my authorization", "All open tickets");
		assertThat(shown("observer")).containsExactly("All open tickets");
		assertThat(shown("admin")).hasSize(11);
	}

	@Test
	void unansweredTicketsLeaveTheirFilterWithTheReplyAndComeBackWithTheCustomer() {
		HelpDesk desk = new HelpDesk(context);
		String waiting = desk.open("Support");
		String replied = desk.open("Support");
		desk.reply(replied, "agent", "Switch it off first.");
		assertThat(keys("agent", "Unanswered")).contains(waiting).doesNotContain(replied);

		followUps.receive(replied, ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(replied).customer(),
				"Re: [Ticket#" + replied + "]", "Still smoking."));
		assertThat(keys("agent", "Unanswered")).contains(waiting, replied);
		assertThat(keys("agent2", "Unanswered")).as("only tasks the user may see").doesNotContain(waiting, replied);
	}

	@Test
	void aReachedReminderIsDueFromItsTime() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		Instant until = Instant.now().plus(1, ChronoUnit.HOURS);
		String instance = desk.reminderReached(number, until);

		Task work = context.getBean(TaskService.class).createTaskQuery().processInstanceId(instance).singleResult();
		assertThat(work.getDueDate()).isEqualTo(Date.from(until.truncatedTo(ChronoUnit.MILLIS)));
		assertThat(work.getFollowUpDate()).as("the engine's own word for a reminder, which Tasklist shows")
			.isEqualTo(Date.from(until.truncatedTo(ChronoUnit.MILLIS)));
		ClockUtil.setCurrentTime(Date.from(until.plus(1, ChronoUnit.MINUTES)));
		try {
			assertThat(keys("agent", "Pending reminders due")).contains(number);
		}
		finally {
			ClockUtil.reset();
		}
		ClockUtil.setCurrentTime(Date.from(until.minus(1, ChronoUnit.MINUTES)));
		try {
			assertThat(keys("agent", "Pending reminders due")).doesNotContain(number);
		}
		finally {
			ClockUtil.reset();
		}

		// the customer wrote: the ticket is open again, the reminder is no longer due
		followUps.receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(number).customer(),
				"Re: [Ticket#" + number + "]", "Any news?"));
		assertThat(context.getBean(TaskService.class).createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey("Task_Work").singleResult().getFollowUpDate()).isNull();
		ClockUtil.setCurrentTime(Date.from(until.plus(1, ChronoUnit.MINUTES)));
		try {
			assertThat(keys("agent", "Pending reminders due")).doesNotContain(number);
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void tasklistOffersNoBareStartOfATicketProcess() {
		// a ticket process starts with its ticket ("New ticket" in Tasklist, mail, API), never empty-handed
		assertThat(context.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
			.processDefinitionKey("ticket").latestVersion().singleResult().isStartableInTasklist()).isFalse();
	}

	/** The business keys of the tasks a user sees in a filter. */
	/** The filters Tasklist lists for the user, in Tasklist's order. */
	private List<String> shown(String user) {
		identity.setAuthentication(user, List.copyOf(directory.groupsOf(user)));
		try {
			return filters.createTaskFilterQuery().list().stream()
				.sorted(java.util.Comparator.comparing(f -> (Integer) f.getProperties().get("priority")))
				.map(Filter::getName)
				.toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Test
	void ticketsPastOrNearTheirDeadlineAreInTheEscalationFiltersAndAReachedReminderIsNot() {
		HelpDesk desk = new HelpDesk(context);
		desk.queueWithServiceLevel("Filter desk", "Two hours", 120);
		String number = desk.open("Filter desk");
		Instant due = tickets.ticket(number).created().plus(Duration.ofHours(2));

		assertThat(keys("agent", "Escalated")).doesNotContain(number);
		assertThat(keys("agent", "Escalating within 1 hour")).doesNotContain(number);
		ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofMinutes(30))));
		try {
			assertThat(keys("agent", "Escalating within 1 hour")).contains(number);
			assertThat(keys("agent", "Escalated")).doesNotContain(number);
			assertThat(keys("agent2", "Escalating within 1 hour")).as("not a queue agent2 works").doesNotContain(number);
		}
		finally {
			ClockUtil.reset();
		}
		ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofMinutes(1))));
		try {
			assertThat(keys("agent", "Escalated")).contains(number);
			assertThat(keys("agent", "Escalating within 1 hour")).doesNotContain(number);
			assertThat(keys("agent", "Pending reminders due")).as("an escalation is not a reminder").doesNotContain(number);
		}
		finally {
			ClockUtil.reset();
		}
	}

	private List<String> keys(String user, String filterName) {
		Filter filter = filters.createTaskFilterQuery().filterName(filterName).singleResult();
		List<Task> tasks;
		identity.setAuthentication(user, List.copyOf(directory.groupsOf(user)));
		try {
			tasks = filters.list(filter.getId());
		}
		finally {
			identity.clearAuthentication();
		}
		return tasks.stream().map(t -> runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
			.toList();
	}
}
