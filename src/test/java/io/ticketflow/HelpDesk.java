package io.ticketflow;

import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.process.Directory;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.rights.Actors;
import io.ticketflow.rights.Persona;
import io.ticketflow.rights.Right;
import io.ticketflow.rights.Rights;
import io.ticketflow.sla.AssignedTo;
import io.ticketflow.sla.NewAssignment;
import io.ticketflow.sla.ServiceLevelDefinition;
import io.ticketflow.sla.ServiceLevels;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import io.ticketflow.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A small help desk for tests: three queues with the three follow-up policies, one user per role, customers. */
public class HelpDesk {

	private final ApplicationContext context;

	public HelpDesk(ApplicationContext context) {
		this.context = context;
		context.getBean(TransactionTemplate.class).executeWithoutResult(status -> setUp());
	}

	private void setUp() {
		Queues queues = context.getBean(Queues.class);
		queue(queues, "Support", "queue-support", FollowUpPolicy.REOPEN);
		queue(queues, "Billing", "queue-billing", FollowUpPolicy.NEW_TICKET);
		queue(queues, "Sales", "queue-sales", FollowUpPolicy.REJECT);
		Directory directory = context.getBean(Directory.class);
		List.of("queue-support", "queue-billing", "queue-sales").forEach(g -> directory.ensureGroup(g, g));
		// one login per persona: who works own queues works all three, a trainee only Support
		for (Persona persona : Persona.values()) {
			List<String> groups = new ArrayList<>(List.of(persona.group()));
			if (persona.has(Right.WORK_OWN_QUEUES)) {
				groups.addAll(persona.has(Right.REPLIES_REVIEWED) ? List.of("queue-support")
						: List.of("queue-support", "queue-billing", "queue-sales"));
			}
			if (persona == Persona.AGENTS) {
				groups.add(Rights.SENIORS);
			}
			directory.ensureUser(persona.login(), persona.login(), persona.title(), "demo", groups);
		}
		directory.ensureUser("agent2", "Bea", "Agent", "demo", List.of("agents", "queue-billing"));
		directory.ensureUser("specialist2", "Sandra", "Specialist", "demo", List.of("specialists"));
		// everyone reads English until a test, or the webapps of a browser that asks for another language, says else
		Stream.concat(Arrays.stream(Persona.values()).map(Persona::login), Stream.of("agent2", "specialist2"))
			.forEach(user -> directory.readsIn(user, Language.EN));
	}

	private static void queue(Queues queues, String name, String group, FollowUpPolicy policy) {
		if (!queues.exists(name)) {
			queues.create(Actors.SYSTEM, new QueueView(name, group, policy, null));
		}
	}

	/** A queue of the calling test's own (its name starts with the prefix), worked by Support's group. */
	public String queueOfItsOwn(String prefix) {
		String queue = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		context.getBean(Queues.class).create(Actors.SYSTEM, new QueueView(queue, "queue-support", FollowUpPolicy.REOPEN, null));
		return queue;
	}

	/** A new customer, unique to the calling test. */
	public String customer() {
		String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		context.getBean(Customers.class).register(new NewCustomer(email, "Test Customer", "Example Ltd"));
		return email;
	}

	/** Opens a ticket; without a queue it waits for triage. Returns its number. */
	public String open(String queue) {
		return context.getBean(TicketOpening.class)
				.open(new OpenTicket(customer(), "Printer on fire", "It smokes.", queue, null, null), "secretary")
				.number();
	}

	public void reply(String number, String agent, String body) {
		context.getBean(AgentArticles.class).reply(number, agent, body);
	}

	public void complete(String number, String step, String user, Map<String, Object> variables) {
		context.getBean(TicketTasks.class).complete(number, step, user, variables);
	}

	/**
	 * The agent set the ticket pending with a reminder at the given time, and the time came: the work task is back.
	 * Returns the ticket's process instance.
	 */
	public String reminderReached(String number, Instant until) {
		complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "reminder", "pendingUntil",
				until.toString()));
		String instance = context.getBean(RuntimeService.class).createProcessInstanceQuery()
			.processInstanceBusinessKey(number).singleResult().getId();
		ManagementService management = context.getBean(ManagementService.class);
		management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
		return instance;
	}

	/**
	 * A queue of the test's own, worked by Support's group, under a service level of the given first-response time
	 * (minutes), so that no other test's tickets fall under it.
	 */
	public void queueWithServiceLevel(String queue, String level, int firstResponseMinutes) {
		Queues queues = context.getBean(Queues.class);
		if (!queues.exists(queue)) {
			queues.create(Actors.SYSTEM, new QueueView(queue, "queue-support", FollowUpPolicy.REOPEN, null));
		}
		ServiceLevels levels = context.getBean(ServiceLevels.class);
		levels.defineServiceLevel("admin", level, new ServiceLevelDefinition(null, firstResponseMinutes, null, null, 50));
		levels.assign("admin", new NewAssignment(AssignedTo.QUEUE, queue, level));
	}

	/**
	 * The ticket's first response was due half an hour ago, as far as its clock goes: time passed for the ticket alone,
	 * not for the engine's clock, which other tests share.
	 */
	public void firstResponseOverdue(String number) {
		Instant due = Instant.now().minus(Duration.ofMinutes(30));
		context.getBean(JdbcTemplate.class).update("update ticketflow.ticket_clock set first_response_warn_at = ?, "
				+ "first_response_due_at = ? where ticket_id = ?", Timestamp.from(due.minus(Duration.ofMinutes(12))),
				Timestamp.from(due), context.getBean(TicketQueries.class).idOf(number));
	}
}
