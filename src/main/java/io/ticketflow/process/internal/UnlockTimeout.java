package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * OTRS's unlock timeout: a work task an agent claimed and then left alone — the ticket unchanged for
 * {@code ticketflow.tickets.unlock-after} — goes back to the queue. Giving the task back releases the ticket as an
 * agent's unclaim does (a history line); the agent hears of it by mail. Zero, the default, never unlocks. Each task is
 * given back in a transaction of its own: two nodes doing it at once leave one change, and one failure stops no other.
 */
@Component
@EnableScheduling
class UnlockTimeout {

	private static final Logger log = LoggerFactory.getLogger(UnlockTimeout.class);

	private final TaskService tasks;

	private final TicketQueries tickets;

	private final TicketSettings settings;

	private final Clock clock;

	UnlockTimeout(TaskService tasks, TicketQueries tickets, TicketSettings settings, Clock clock) {
		this.tasks = tasks;
		this.tickets = tickets;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ticketflow.tickets.unlock-check:PT1M}", initialDelayString = "PT30S")
	void unlockIdle() {
		unlockIdle(settings.unlockAfter(), clock.instant());
	}

	/** Gives back the claimed work tasks whose ticket nobody touched for the time given; returns how many. */
	int unlockIdle(Duration after, Instant now) {
		if (after.isZero() || after.isNegative()) {
			return 0;
		}
		int unlocked = 0;
		for (Task task : tasks.createTaskQuery().processDefinitionKey(TicketModel.PROCESS)
			.taskDefinitionKey(TicketModel.Task.WORK.id()).taskAssigned().list()) {
			Object ticketId = tasks.getVariable(task.getId(), Vars.TICKET_ID);
			if (ticketId instanceof Number id
					&& tickets.ticket(id.longValue()).changed().isBefore(now.minus(after))) {
				try {
					tasks.setAssignee(task.getId(), null);
					unlocked++;
				}
				catch (OptimisticLockingException taken) {
					log.debug("task {} changed meanwhile; left as it is", task.getId());
				}
			}
		}
		return unlocked;
	}
}
