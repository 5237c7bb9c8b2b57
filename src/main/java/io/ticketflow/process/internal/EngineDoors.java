package io.ticketflow.process.internal;

import io.ticketflow.rights.Rights;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a person may do to the engine from outside the application: through the engine's REST API, the webapps, or
 * a task completed in the help desk's name. A ticket's course is the process's and the help desk's: nobody starts,
 * moves, suspends, migrates or signals ticket processes, changes their jobs or their tasks' candidates from
 * outside, and nobody writes the variables the application keeps ({@link Vars#KEPT}) — not through any command's
 * variables, local or not, transient or not. Readers (observers, managers) add no comments or attachments either.
 * The application's own bookkeeping ({@link Engine#asSystem}) and the engine's own work (jobs the job executor
 * runs, commands nested in a step) pass.
 */
@Component
class EngineDoors extends AbstractProcessEnginePlugin {

	/**
	 * Commands that change a ticket's course outside its process, matched by name so that a command added in a new
	 * Camunda version of the same kind is refused too ({@code EngineDoorsTests} lists what this matches).
	 */
	static final Pattern COURSE = Pattern.compile("(Suspend|Activate|UpdateProcessInstancesSuspend)\\w*"
			+ "|(Set|Delete|Recalculate|Execute|Unlock)Jobs?\\w*" + "|\\w*(Modification|Modify|Migrat|Restart)\\w*"
			+ "|\\w*(Correlate|MessageEventReceived|Signal)\\w*" + "|(StartProcessInstance|SubmitStartForm)\\w*"
			+ "|(Add|Delete)\\w*IdentityLink\\w*" + "|HandleTask\\w*|EvaluateStartCondition|CreateIncident"
			// the record is kept forever: no time to live to set
			+ "|Update\\w*HistoryTimeToLive"
			// a refused job execution must not count as a failure of the job
			+ "|(Failed|Successful)JobListener");

	/** Commands that give a task to a person: the help desk's rights on the ticket's queue apply first. */
	static final Pattern ASSIGNING = Pattern.compile("ClaimTask|AssignTask|DelegateTask");

	/** Commands that add to the engine's record: for people who may change something. */
	static final Pattern WRITING = Pattern.compile("AddComment|CreateAttachment|SaveAttachment");

	private static final ThreadLocal<Boolean> APPLICATION = ThreadLocal.withInitial(() -> false);

	private final ObjectProvider<Rights> rights;

	private final ObjectProvider<JobRetries> retries;

	private final ObjectProvider<ClaimCheck> claims;

	EngineDoors(ObjectProvider<Rights> rights, ObjectProvider<JobRetries> retries, ObjectProvider<ClaimCheck> claims) {
		this.rights = rights;
		this.retries = retries;
		this.claims = claims;
	}

	/** Runs the application's own work on the engine, which no door's rule applies to. */
	static <T> T application(Supplier<T> work) {
		boolean before = APPLICATION.get();
		APPLICATION.set(true);
		try {
			return work.get();
		}
		finally {
			APPLICATION.set(before);
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration
			.getCustomPreCommandInterceptorsTxRequired(), new Guard(configuration, rights, retries, claims)));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration
			.getCustomPreCommandInterceptorsTxRequiresNew(), new Guard(configuration, rights, retries, claims)));
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
		List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
		interceptors.add(guard);
		return interceptors;
	}

	/** A command's field of that name, declared by its class or one it extends (null when it has none). */
	static String field(Command<?> command, String name) {
		for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return (String) field.get(command);
			}
			catch (NoSuchFieldException ex) {
				// declared further up, if at all
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return null;
	}

	static String name(Command<?> command) {
		return command.getClass().getSimpleName().replaceFirst("Cmd$", "");
	}

	static final class Guard extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl configuration;

		private final ObjectProvider<Rights> rights;

		private final ObjectProvider<JobRetries> retries;

		private final ObjectProvider<ClaimCheck> claims;

		Guard(ProcessEngineConfigurationImpl configuration, ObjectProvider<Rights> rights,
				ObjectProvider<JobRetries> retries, ObjectProvider<ClaimCheck> claims) {
			this.configuration = configuration;
			this.rights = rights;
			this.retries = retries;
			this.claims = claims;
		}

		@Override
		public <T> T execute(Command<T> command) {
			String user = outsider();
			if (user != null && JobRetries.applies(command)) {
				return retries.getObject().retry(command, user, () -> next.execute(command));
			}
			if (user != null) {
				check(command, user);
			}
			return next.execute(command);
		}

		/** The person behind a command that comes from outside the application; null for everything else. */
		private String outsider() {
			if (APPLICATION.get() || Context.getCommandContext() != null) {
				return null; // the application's own work, or a command nested in one already let in
			}
			Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
			return auth == null ? null : auth.getUserId();
		}

		private void check(Command<?> command, String user) {
			String name = name(command);
			if (COURSE.matcher(name).matches()) {
				throw new AuthorizationException("A ticket's course belongs to its process: " + name
						+ " is not allowed from outside the help desk.");
			}
			if (WRITING.matcher(name).matches()) {
				// not an AuthorizationException, which the comment resource would answer with 400
				rights.getObject().requireMayChange(user);
			}
			if (ASSIGNING.matcher(name).matches()) {
				String task = field(command, "taskId");
				String taker = field(command, "userId");
				// the help desk's lookup, not the person's: their authorizations are the engine's to check next
				application(() -> configuration.getCommandExecutorTxRequired().execute(context -> context
					.runWithoutAuthorization(() -> {
						claims.getObject().requireHelpDeskAllows(task, taker);
						return null;
					})));
			}
			String kept = KeptVariables.named(command);
			if (kept != null) {
				throw new AuthorizationException("The variable " + kept
						+ " is kept by the help desk and cannot be written from outside.");
			}
		}
	}
}
