package io.ticketflow.process.internal;

import io.ticketflow.rights.Actors;
import io.ticketflow.faq.FaqAnswers;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps an agent's work on a ticket leads to, wired by bean name into ticket.bpmn. */
@Configuration(proxyBeanMethods = false)
class WorkSteps {

	/**
	 * Claiming the work task takes the ticket: the first agent owns it, whoever works it is responsible. Giving the
	 * task back to the queue releases it.
	 */
	@Bean
	TaskListener takeTicket(TicketActions actions) {
		return task -> {
			if (task.getAssignee() != null) {
				actions.take(Vars.ticketId(task), task.getAssignee());
			}
			else {
				actions.release(Vars.ticketId(task), Vars.actor(task));
			}
		};
	}

	/** The work task goes to the ticket's responsible agent, as the ticket says; without one, to its queue. */
	@Bean
	TaskListener assignWork(TicketActions actions) {
		return task -> {
			String agent = actions.workingAgent(Vars.ticketId(task));
			if (agent != null) {
				task.setAssignee(agent);
			}
		};
	}

	/**
	 * A ticket whose reminder time came back to the agent: the work task is due since then, which Tasklist shows
	 * on the card, and that is its follow-up date, the engine's own word for a reminder, by which the filter
	 * "Pending reminders due" finds it.
	 */
	@Bean
	TaskListener remindWhenDue(TicketQueries tickets) {
		return task -> {
			if (task.getVariable(Vars.PENDING_DUE) == null) {
				return; // never pending: no need to look
			}
			Instant reminder = tickets.ticket(Vars.ticketId(task)).reminder();
			if (reminder != null) {
				task.setDueDate(Date.from(reminder));
				task.setFollowUpDate(Date.from(reminder));
			}
		};
	}

	/**
	 * The customer wrote after the reminder time: the ticket is open again, and its work task no longer due for the
	 * reminder nor to follow up (a date an agent set by hand stays).
	 */
	static void reminderAnswered(DelegateExecution execution, Instant reminder) {
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(TicketModel.Task.WORK.id()).list()) {
			boolean changed = false;
			if (sameSecond(task.getDueDate(), reminder)) {
				task.setDueDate(null);
				changed = true;
			}
			if (sameSecond(task.getFollowUpDate(), reminder)) {
				task.setFollowUpDate(null);
				changed = true;
			}
			if (changed) {
				tasks.saveTask(task);
			}
		}
	}

	private static boolean sameSecond(Date date, Instant moment) {
		return date != null && date.toInstant().truncatedTo(ChronoUnit.SECONDS).equals(moment.truncatedTo(ChronoUnit.SECONDS));
	}

	/** The work form offers its choices; anything else sent in its place is refused and the task stays. */
	@Bean
	JavaDelegate refuseUnknownAction() {
		return execution -> {
			throw new InvalidInputException("workAction", "choose one of the form's actions, not "
					+ Vars.string(execution, TicketModel.WORK_ACTION));
		};
	}

	@Bean
	JavaDelegate sendReply(AgentArticles articles) {
		return execution -> articles.reply(Vars.ticketId(execution), Vars.person(execution), Vars.string(execution, "body"),
				minutesSpent(execution));
	}

	@Bean
	JavaDelegate addNote(AgentArticles articles) {
		return execution -> articles.note(Vars.ticketId(execution), Vars.person(execution), Vars.string(execution, "body"),
				minutesSpent(execution));
	}

	/**
	 * The minutes the agent entered in the form with this note or reply; read once, so that the next step does not
	 * count them again.
	 */
	private static Integer minutesSpent(DelegateExecution execution) {
		Object entered = execution.getVariable(MINUTES);
		execution.setVariable(MINUTES, null);
		if (entered == null || entered.toString().isBlank()) {
			return null;
		}
		try {
			return entered instanceof Number number ? number.intValue() : Integer.valueOf(entered.toString().strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException(MINUTES, "the time spent is a number of minutes");
		}
	}

	/** The work form's field for the minutes spent on a note or reply. */
	static final String MINUTES = "minutes";

	@Bean
	JavaDelegate transferTicket(TicketActions actions) {
		return execution -> {
			String agent = Vars.string(execution, "targetAgent");
			String group = actions.transfer(Vars.ticketId(execution), Vars.string(execution, "targetQueue"), agent,
					Vars.person(execution));
			execution.setVariable(Vars.QUEUE_GROUP, group);
		};
	}

	/** The agent's choice in the form ({@code pendingType}, {@code pendingUntil}), validated by the ticket. */
	@Bean
	JavaDelegate setPending(TicketActions actions) {
		return execution -> {
			boolean reminder = TicketModel.Choice.PENDING_REMINDER.is(Vars.string(execution, "pendingType"));
			var until = Moments.parse(execution.getVariable("pendingUntil"), "pendingUntil");
			actions.pend(Vars.ticketId(execution), reminder ? TicketState.PENDING_REMINDER : TicketState.PENDING_AUTO_CLOSE,
					until, Vars.person(execution));
			execution.setVariable(Vars.PENDING_REMINDER, reminder);
			execution.setVariable(Vars.PENDING_DUE, Date.from(until));
		};
	}

	/** Replies with the chosen FAQ entry and waits for the ticket to close itself, like "pending auto close". */
	@Bean
	JavaDelegate answerWithFaq(FaqAnswers answers) {
		return execution -> {
			Integer faqId = Vars.integer(execution, "faqId");
			if (faqId == null) {
				throw new InvalidInputException("faqId", "choose the FAQ entry that answers the customer");
			}
			var until = answers.answer(Vars.ticketId(execution), Vars.person(execution), faqId);
			execution.setVariable(Vars.PENDING_REMINDER, false);
			execution.setVariable(Vars.PENDING_DUE, Date.from(until));
		};
	}

	@Bean
	JavaDelegate reminderReached(TicketActions actions) {
		return execution -> actions.reminderReached(Vars.ticketId(execution));
	}

	@Bean
	JavaDelegate autoClose(TicketActions actions) {
		return execution -> actions.close(Vars.ticketId(execution), true, Actors.SYSTEM);
	}

	@Bean
	JavaDelegate closeTicket(TicketActions actions) {
		return execution -> actions.close(Vars.ticketId(execution),
				!TicketModel.Choice.CLOSED_UNSUCCESSFUL.is(Vars.string(execution, "resolution")), Vars.person(execution),
				Boolean.TRUE.equals(execution.getVariable(TicketModel.CLOSE_WITH_OPEN_CHILDREN)));
	}

	@Bean
	JavaDelegate mergeTicket(TicketActions actions) {
		return execution -> actions.merge(Vars.ticketId(execution), Vars.string(execution, "mergeInto"),
				Vars.person(execution));
	}
}
