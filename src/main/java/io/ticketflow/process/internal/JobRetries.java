package io.ticketflow.process.internal;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.TicketActions;
import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one change of a ticket's jobs an administrator may make from outside: giving a job whose retries ran out
 * (an incident in Cockpit) new retries, one job at a time, without moving its due date. It is written into the
 * ticket's history with the administrator's name, in the same transaction.
 */
@Component
class JobRetries {

	private final Rights rights;

	private final TicketActions actions;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final TransactionTemplate transactions;

	JobRetries(Rights rights, TicketActions actions, @Lazy ManagementService management, @Lazy RuntimeService runtime,
			TransactionTemplate transactions) {
		this.rights = rights;
		this.actions = actions;
		this.management = management;
		this.runtime = runtime;
		this.transactions = transactions;
	}

	/** Whether the command gives one job new retries, the only job change allowed from outside. */
	static boolean applies(Command<?> command) {
		return command instanceof SetJobRetriesCmd && read(command, "jobId") != null
				&& ((Integer) read(command, "retries")) > 0 && !((Boolean) read(command, "isDueDateSet"));
	}

	<T> T retry(Command<T> command, String admin, Supplier<T> execution) {
		try {
			rights.requireAdmin(admin);
		}
		catch (RuntimeException refused) {
			throw new AuthorizationException(refused.getMessage());
		}
		Job job = management.createJobQuery().jobId((String) read(command, "jobId")).singleResult();
		String number = job == null || job.getProcessInstanceId() == null ? null
				: runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult()
					.getBusinessKey();
		return transactions.execute(status -> {
			T result = execution.get();
			if (number != null) {
				actions.engineCommand(number, admin, "job " + job.getId() + " of " + job.getProcessDefinitionKey()
						+ " given " + read(command, "retries") + " retries");
			}
			return result;
		});
	}

	private static Object read(Object command, String name) {
		try {
			Field field = SetJobRetriesCmd.class.getDeclaredField(name);
			field.setAccessible(true);
			return field.get(command);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Camunda's SetJobRetriesCmd changed: " + name, ex);
		}
	}
}
