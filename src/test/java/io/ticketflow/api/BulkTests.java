package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Several tickets at once, each through the rules of one: a refusal for one is reported, the others go on. */
@TicketflowTest
class BulkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TicketTasks ticketTasks;

	@Autowired
	TaskService tasks;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void closingSeveralTicketsClosesEachThatMayBeAndReportsTheOthers() throws Exception {
		String first = desk.open("Support");
		String second = desk.open("Support");
		String someoneElses = desk.open("Billing");
		tasks.claim(ticketTasks.of(someoneElses).get(0).id(), "agent2");
		String unknown = "2026010110000010";

		bulk("agent", "{\"tickets\": [\"%s\", \"%s\", \"%s\", \"%s\"], \"action\": \"close\"}".formatted(first,
				someoneElses, second, unknown))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(2))
			.andExpect(jsonPath("$.tickets[0].done").value(true))
			.andExpect(jsonPath("$.tickets[1].done").value(false))
			.andExpect(jsonPath("$.tickets[1].status").value(409))
			.andExpect(jsonPath("$.tickets[1].problem").value("ticket " + someoneElses + " is worked by agent2"))
			.andExpect(jsonPath("$.tickets[2].done").value(true))
			.andExpect(jsonPath("$.tickets[3].status").value(404));
		assertThat(tickets.ticket(first).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(second).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThat(tickets.ticket(someoneElses).state()).isEqualTo(TicketState.NEW);
	}

	@Test
	void priorityPendingAndMergeForSeveralTicketsAtOnce() throws Exception {
		String first = desk.open("Support");
		String second = desk.open("Support");
		String billing = desk.open("Billing");
		bulk("trainee", "{\"tickets\": [\"%s\", \"%s\", \"%s\"], \"action\": \"priority\", \"priority\": 5}"
			.formatted(first, second, billing)).andExpect(status().isOk()).andExpect(jsonPath("$.done").value(2))
			.andExpect(jsonPath("$.tickets[2].status").value(403));
		assertThat(tickets.ticket(first).priority()).isEqualTo(5);
		assertThat(tickets.ticket(billing).priority()).as("not the trainee's queue").isEqualTo(3);
		assertThat(ticketTasks.of(first)).allSatisfy(task -> assertThat(tasks.createTaskQuery().taskId(task.id())
			.singleResult().getPriority()).as("the task takes the ticket's priority").isEqualTo(5));

		String until = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString();
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"pending\", \"pendingType\": \"reminder\", \"pendingUntil\": \"%s\"}"
			.formatted(first, until)).andExpect(jsonPath("$.done").value(1));
		assertThat(tickets.ticket(first).state()).isEqualTo(TicketState.PENDING_REMINDER);

		String target = desk.open("Support");
		bulk("agent", "{\"tickets\": [\"%s\", \"%s\"], \"action\": \"merge\", \"into\": \"%s\"}"
			.formatted(second, target, target)).andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.tickets[1].done").value(false)).andExpect(jsonPath("$.tickets[1].status").value(400));
		assertThat(tickets.ticket(second).state()).isEqualTo(TicketState.MERGED);

		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"priority\"}".formatted(target))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("priority"));
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"merge\"}".formatted(target))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("into"));
	}

	@Test
	void whatTheProcessItselfRefusesStopsThatTicketOnly() throws Exception {
		String odd = desk.open("Support");
		String fine = desk.open("Support");
		// a second work task beside the first, as an administrator's modification in Cockpit could leave it
		org.camunda.bpm.engine.RuntimeService runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(odd).singleResult().getId();
		runtime.createProcessInstanceModification(instance).startBeforeActivity("Task_Work").execute();

		bulk("agent", "{\"tickets\": [\"%s\", \"%s\"], \"action\": \"close\"}".formatted(odd, fine))
			.andExpect(status().isOk()).andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.tickets[0].status").value(409));
		assertThat(tickets.ticket(fine).state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
	}

	@Test
	void theSameNoteOnSeveralTicketsWhereTheWriterMayWrite() throws Exception {
		String support = desk.open("Support");
		String billing = desk.open("Billing");
		// a trainee works Support only
		bulk("trainee", "{\"tickets\": [\"%s\", \"%s\"], \"action\": \"note\", \"body\": \"Checked with IT.\"}"
			.formatted(support, billing))
			.andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.tickets[1].status").value(403));
		assertThat(tickets.articles(support)).extracting(ArticleView::body).contains("Checked with IT.");
		assertThat(tickets.articles(billing)).extracting(ArticleView::body).doesNotContain("Checked with IT.");
	}

	@Test
	void severalTicketsMoveToAnotherQueueEachThroughItsTransfer() throws Exception {
		String first = desk.open("Support");
		String second = desk.open("Support");
		bulk("agent", "{\"tickets\": [\"%s\", \"%s\"], \"action\": \"transfer\", \"queue\": \"Billing\"}"
			.formatted(first, second))
			.andExpect(status().isOk()).andExpect(jsonPath("$.done").value(2));
		assertThat(tickets.ticket(first).queue()).isEqualTo("Billing");
		assertThat(tickets.ticket(second).queue()).isEqualTo("Billing");
		assertThat(tickets.history(first)).extracting(HistoryView::type).contains(HistoryType.QUEUE_CHANGED);
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"transfer\", \"queue\": \"Nowhere\"}".formatted(first))
			.andExpect(jsonPath("$.done").value(0)).andExpect(jsonPath("$.tickets[0].status").value(400));
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"transfer\"}".formatted(first))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("queue"));
	}

	@Test
	void anEmptyOrOddSelectionIsRefusedWithTheFieldAndObserversAtOnce() throws Exception {
		String number = desk.open("Support");
		bulk("agent", "{\"tickets\": [], \"action\": \"close\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("tickets"));
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"delete\"}".formatted(number))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("action"));
		bulk("agent", "{\"tickets\": [\"%s\"], \"action\": \"note\"}".formatted(number))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
		bulk("observer", "{\"tickets\": [\"%s\"], \"action\": \"note\", \"body\": \"x\"}".formatted(number))
			.andExpect(status().isForbidden());
		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.NEW);
	}

	private ResultActions bulk(String user, String json) throws Exception {
		return mvc.perform(post("/api/tickets/bulk").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(httpBasic(user, "demo")));
	}
}
