package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What an earlier version left out of the engine is added at start-up from the ticket, so that the filters list
 * those tickets too: the {@code answered} and {@code pending} flags of processes started without them ("Unanswered",
 * the deadlines' filters), and the follow-up date of a reminder that came back when a due date alone marked it
 * ("Pending reminders due"). Afterwards every process and reminder gets them as it goes, and nothing is left to do:
 * each catch-up runs at the first start of a version that has it, and the engine's properties record that it ran.
 */
@Component
@Order(2)
class MissingMarks implements ApplicationRunner {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TicketQueries tickets;

	private final ManagementService management;

	private final Engine engine;

	/**
	 * In the engine's properties once the reached reminders have their follow-up dates: looking for those without
	 * reads every work task and its process variables (130 ms with 100,000 open tickets, more from a cold database),
	 * which a start need do once.
	 */
	static final String FOLLOW_UPS_ADDED = "ticketflow.reminder-follow-ups-added";

	/**
	 * In the engine's properties once every process has its flags: counting the processes and each flag's variables
	 * took 0.6-1.1 s of every start with 100,000 open tickets.
	 */
	static final String FLAGS_ADDED = "ticketflow.process-flags-added";

	MissingMarks(RuntimeService runtime, TaskService tasks, ManagementService management, TicketQueries tickets,
			Engine engine) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.tickets = tickets;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		engine.asSystem(() -> {
			once(FLAGS_ADDED, this::addMissingFlags);
			once(FOLLOW_UPS_ADDED, this::addMissingFollowUps);
		});
	}

	/** Runs the catch-up unless the engine's properties say it ran; then records that it did. */
	private void once(String property, IntSupplier catchUp) {
		if (!management.getProperties().containsKey(property)) {
			catchUp.getAsInt();
			management.setProperty(property, "true");
		}
	}

	/** Returns how many flags were added. Two counts per flag when nothing is missing. */
	int addMissingFlags() {
		return addMissing(Vars.ANSWERED, TicketView::answered) + addMissing(Vars.PENDING, t -> t.state().isPending());
	}

	private int addMissing(String flag, Predicate<TicketView> value) {
		long processes = runtime.createProcessInstanceQuery().processDefinitionKey(TicketModel.PROCESS).count();
		if (runtime.createVariableInstanceQuery().variableName(flag).count() >= processes) {
			return 0;
		}
		Set<String> flagged = runtime.createVariableInstanceQuery().variableName(flag).list().stream()
			.map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
		int added = 0;
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processDefinitionKey(TicketModel.PROCESS).list()) {
			if (!flagged.contains(instance.getId()) && instance.getBusinessKey() != null) {
				runtime.setVariable(instance.getId(), flag, value.test(tickets.ticket(instance.getBusinessKey())));
				added++;
			}
		}
		return added;
	}

	/** Returns how many follow-up dates were added; the work tasks of pending tickets alone are read. */
	int addMissingFollowUps() {
		int added = 0;
		for (Task task : tasks.createTaskQuery().taskDefinitionKey(TicketModel.Task.WORK.id())
			.processVariableValueEquals(Vars.PENDING, true).list()) {
			Object ticketId = task.getFollowUpDate() == null
					? runtime.getVariable(task.getProcessInstanceId(), Vars.TICKET_ID) : null;
			Instant reminder = ticketId instanceof Number id ? tickets.ticket(id.longValue()).reminder() : null;
			if (reminder != null) {
				task.setFollowUpDate(Date.from(reminder));
				tasks.saveTask(task);
				added++;
			}
		}
		return added;
	}
}
