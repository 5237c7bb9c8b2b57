package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Whatever was done to a ticket, someone can still see and work it: every open task of every active ticket is
 * with a person who may see the ticket, or offered to a group with at least one member who may. The mistakes that
 * once left a ticket to nobody — a mistyped consultant or agent — are tried first.
 */
@TicketflowTest
class NoTicketLostTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TaskService tasks;

	@Autowired
	TicketQueries queries;

	@Autowired
	Directory directory;

	@Autowired
	Rights rights;

	@Test
	void everyActiveTicketIsWithSomeoneWhoMaySeeIt() {
		HelpDesk desk = new HelpDesk(context);
		String consulted = desk.open("Support");
		assertThatThrownBy(() -> desk.complete(consulted, "Task_Work", "agent",
				Map.of("workAction", "consult", "consultant", "specilaist", "body", "?")))
			.hasMessageContaining("specilaist");
		desk.complete(consulted, "Task_Work", "agent",
				Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		String transferred = desk.open("Support");
		assertThatThrownBy(() -> desk.complete(transferred, "Task_Work", "agent",
				Map.of("workAction", "transfer", "targetAgent", "agnet2")))
			.hasMessageContaining("agnet2");
		desk.complete(transferred, "Task_Work", "agent", Map.of("workAction", "transfer", "targetQueue", "Billing"));

		Map<String, String> groupOfQueue = queries.queues().stream()
			.collect(Collectors.toMap(QueueView::name, QueueView::group));
		Set<String> people = directory.people().stream().map(Directory.Person::id).collect(Collectors.toSet());
		var active = queries.active(Actors.SYSTEM, 100_000);
		assertThat(active).extracting(TicketView::number).contains(consulted, transferred);
		for (TicketView ticket : active) {
			String group = groupOfQueue.get(ticket.queue());
			for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(ticket.number()).list()) {
				Set<String> candidates = task.getAssignee() != null ? Set.of(task.getAssignee())
						: tasks.getIdentityLinksForTask(task.getId()).stream()
							.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
							.map(IdentityLink::getGroupId)
							.filter(g -> g != null)
							.flatMap(g -> directory.membersOf(g).stream())
							.collect(Collectors.toSet());
				assertThat(candidates).as("who sees task %s of ticket %s", task.getTaskDefinitionKey(), ticket.number())
					.anySatisfy(person -> {
						assertThat(people).contains(person);
						rights.requireMaySee(person, group);
					});
			}
		}
	}
}
