package io.ticketflow.process.internal;

import io.ticketflow.sla.DeadlinesMoved;
import io.ticketflow.sla.Escalations;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The service-level clock in the model: each user task that waits for the help desk carries a non-interrupting
 * timer, "Escalation due", whose time cycle is the variable {@code escalationCycle}. The help desk computes the
 * ticket's next moments (a warning, a breach) and writes them as an ISO repeating interval: it starts at the next
 * moment and repeats after the distance to the one after, so that when the timer fires the engine already knows
 * the following moment ({@code reevaluateTimeCycleWhenDue}); the step it leads to announces what is due, and the
 * cycle is rewritten. A pending ticket has no such task, so its clock has no timer: it stands still.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTimers {

	/** No moment ahead: a time that never comes, so that the timer waits with the task and nothing fires. */
	static final String NEVER = "R0/9999-12-31T00:00:00Z/P1D";

	private final Escalations escalations;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService tasks;

	private final Engine engine;

	EscalationTimers(Escalations escalations, RuntimeService runtime, ManagementService management,
			TaskService tasks, Engine engine) {
		this.escalations = escalations;
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		this.engine = engine;
	}

	/**
	 * The cycle for the moments ahead: none never fires; one fires once ({@code R0}: no repetition after it); more
	 * fire at the first and then at the second. Moments are rounded up to the second, so that the timer never fires
	 * before the moment has come.
	 */
	static String cycle(List<Instant> moments) {
		List<Instant> seconds = moments.stream().map(EscalationTimers::ceil).distinct().sorted().toList();
		if (seconds.isEmpty()) {
			return NEVER;
		}
		if (seconds.size() == 1) {
			return "R0/" + seconds.get(0) + "/P1D";
		}
		return "R/" + seconds.get(0) + "/PT" + Duration.between(seconds.get(0), seconds.get(1)).toSeconds() + "S";
	}

	private static Instant ceil(Instant moment) {
		Instant down = moment.truncatedTo(ChronoUnit.SECONDS);
		return down.equals(moment) ? down : down.plusSeconds(1);
	}

	/** The variables a ticket's process starts with. */
	void addTo(Map<String, Object> variables, long ticketId) {
		variables.put(Vars.ESCALATION_CYCLE, cycle(escalations.moments(ticketId)));
		variables.put(Vars.ESCALATION_DUE, escalations.nextDue(ticketId).map(Date::from).orElse(null));
	}

	/** The deadlines moved: the timers and the tasks' due dates follow. */
	@EventListener
	void on(DeadlinesMoved moved) {
		engine.asSystem(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(moved.number()).active()
			.list().forEach(instance -> follow(instance, moved.ticketId())));
	}

	private void follow(ProcessInstance instance, long ticketId) {
		runtime.setVariable(instance.getId(), Vars.ESCALATION_CYCLE, cycle(escalations.moments(ticketId)));
		for (TicketModel.EscalationTimer timer : TicketModel.EscalationTimer.values()) {
			for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(timer.id())
				.timers().list()) {
				management.recalculateJobDuedate(job.getId(), false);
			}
		}
		Date before = (Date) runtime.getVariable(instance.getId(), Vars.ESCALATION_DUE);
		Date due = escalations.nextDue(ticketId).map(Date::from).orElse(null);
		runtime.setVariable(instance.getId(), Vars.ESCALATION_DUE, due);
		for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
			if (task.getDueDate() == null || task.getDueDate().equals(before)) {
				task.setDueDate(due);
				tasks.saveTask(task);
			}
		}
	}

	/** A new task is due when the ticket's next deadline is, unless it is due for something else already. */
	@EventListener
	void on(DelegateTask task) {
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getDueDate() == null
				&& task.getVariable(Vars.ESCALATION_DUE) instanceof Date due) {
			task.setDueDate(due);
		}
	}

	/** The step after an escalation timer: announces each warning and breach that is due. */
	@Bean
	JavaDelegate announceEscalation() {
		return execution -> {
			long ticketId = Vars.ticketId(execution);
			escalations.escalate(ticketId);
			execution.setVariable(Vars.ESCALATION_CYCLE, cycle(escalations.moments(ticketId)));
		};
	}
}
