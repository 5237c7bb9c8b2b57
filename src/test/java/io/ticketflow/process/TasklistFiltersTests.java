package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.AgentArticles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each persona finds its work in its own Tasklist filter, with the rights of its login. */
@TicketflowTest
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

	/** The business keys of the tasks a user sees in a filter. */
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
		return tasks.stream().map(t -> context.getBean(org.camunda.bpm.engine.RuntimeService.class)
			.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
			.toList();
	}
}
