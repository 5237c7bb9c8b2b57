package io.ticketflow.database;

import io.ticketflow.shared.Databases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the application runs as a runtime role that cannot create tables nor delete the engine's history, so
 * Camunda cannot create its own schema at its start ({@code camunda.bpm.database.schema-update: false}). After every
 * migration, as the owner (Flyway's connection), this creates Camunda's tables in {@code public} from the engine's
 * own scripts when they are missing (and moves them there from another schema), and grants the runtime role what
 * the engine needs: everything on its runtime tables, and on its history tables ({@code ACT_HI_*}) reading,
 * inserting and updating, never deleting.
 */
@Component
class EngineTables implements Callback {

	static final String SCHEMA = "public";

	/** In the order in which the engine creates them itself (AbstractPersistenceSession#dbSchemaCreate). */
	private static final String[] COMPONENTS = { "engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history" };

	/** The permissions the engine tests when it lists tasks: READ (tasks), READ_TASK (process definitions). */
	private static final int[] PERMISSIONS_LISTED = { 2, 64 };

	/** The engine's resource types of tasks and of process definitions ({@code Resources}). */
	private static final int TASK = 7;

	private static final int PROCESS_DEFINITION = 6;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if (Databases.isPostgres(connection)) {
				prepare(connection, context.getConfiguration().getPlaceholders().get("runtime_role"));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Camunda's tables could not be set up for the runtime role", ex);
		}
	}

	/** Camunda's tables in {@link #SCHEMA}, created or moved there as needed, and the runtime role's rights on them. */
	void prepare(Connection connection, String role) throws SQLException {
		if (role == null) {
			throw new IllegalStateException("spring.flyway.placeholders.runtime_role names no runtime role");
		}
		String found = schemaOfEngineTables(connection);
		if (found == null) {
			create(connection);
		}
		else if (!found.equals(SCHEMA)) {
			moveToSchema(connection, found);
		}
		grant(connection, role);
		statistics(connection);
	}

	@Override
	public String getCallbackName() {
		return "Camunda's tables";
	}

	private static String schemaOfEngineTables(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet table = sql.executeQuery("select schemaname from pg_tables where tablename = 'act_ge_property' "
						+ "order by schemaname = '" + SCHEMA + "' desc")) {
			return table.next() ? table.getString(1) : null;
		}
	}

	/**
	 * An engine that created its tables as a role with a schema of its own name (the owner {@code ticketflow} and
	 * the application's schema {@code ticketflow}) put them there, where the runtime role does not look.
	 */
	private static void moveToSchema(Connection connection, String from) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					do $$
					declare
					    t record;
					begin
					    for t in select tablename from pg_tables where schemaname = '%1$s' and tablename like 'act\\_%%' loop
					        execute format('alter table %%I.%%I set schema %2$s', '%1$s', t.tablename);
					    end loop;
					end;
					$$""".formatted(from, SCHEMA));
		}
	}

	/** Flyway's connection searches the application's schema: Camunda's tables go where the runtime role looks. */
	private static void create(Connection connection) throws SQLException {
		String path;
		try (Statement sql = connection.createStatement(); ResultSet current = sql.executeQuery("show search_path")) {
			current.next();
			path = current.getString(1);
		}
		try (Statement sql = connection.createStatement()) {
			sql.execute("set search_path to " + SCHEMA);
			for (String component : COMPONENTS) {
				ScriptUtils.executeSqlScript(connection, new ClassPathResource(
						"org/camunda/bpm/engine/db/create/activiti.postgres.create." + component + ".sql"));
			}
			sql.execute("set search_path to " + path);
		}
	}

	/**
	 * Every task list the engine answers for someone who is not an administrator joins the authorizations whose
	 * permissions include READ on the task or READ_TASK on its process definition ({@code perms_ & 2}, {@code perms_
	 * & 64}). PostgreSQL guesses that such a bit test keeps half a percent of the rows; the engine writes an
	 * authorization for every task's candidate group, so nearly all are kept, and the guess made it scan every
	 * authorization for every task: 18 s for one filter of 10,000 open tickets. Statistics on the two tests give it
	 * the true share, and it looks each task's authorizations up by index instead.
	 */
	private static void statistics(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			for (int permission : PERMISSIONS_LISTED) {
				sql.execute("create statistics if not exists %1$s.act_stat_auth_perms_%2$d on (perms_ & %2$d) "
						.formatted(SCHEMA, permission) + "from " + SCHEMA + ".act_ru_authorization");
			}
			taskAuthorizations(sql);
			jobAcquisition(sql);
			taskDates(sql);
			assignedTasks(sql);
			sql.execute("analyze " + SCHEMA + ".act_ru_authorization");
		}
	}

	/**
	 * For each task of a list or a count, the engine looks up the authorizations of the task's id, of its process
	 * definition's key and of {@code *}, and keeps those on tasks (resource type 7) and process definitions (6). The
	 * grants on {@code *} of every other kind (applications, filters, users, groups …) came back for every task too,
	 * forty of them in the demo's set-up, only to be thrown away: an index of the authorizations on tasks and process
	 * definitions alone lets the lookup skip them (counting 10,000 open tasks for an agent: 145 ms before, 88 ms).
	 */
	private static void taskAuthorizations(Statement sql) throws SQLException {
		sql.execute("create index if not exists tf_auth_task_resource_idx on " + SCHEMA
				+ ".act_ru_authorization (resource_id_) where resource_type_ in (" + TASK + ", " + PROCESS_DEFINITION + ")");
		personsAuthorizations(sql);
	}

	/**
	 * Before those lookups, the engine gathers the person's own authorizations and their groups'. The groups' have an
	 * index; a person's own had none but one that starts with the kind of grant, so an observer, in no queue, had all
	 * authorizations read to find their nine: 111,000 with 100,000 open tasks, 16 ms of each page of "All open
	 * tickets". With an index of the users' authorizations the two indexes find them together (0.3 ms).
	 */
	private static void personsAuthorizations(Statement sql) throws SQLException {
		sql.execute("create index if not exists tf_auth_user_idx on " + SCHEMA + ".act_ru_authorization (user_id_)");
	}

	/**
	 * Every open ticket waits on timers (its deadlines, its reminder), so the job table holds a job or more per open
	 * ticket, and while jobs are due each node's job executor asks for the next ones several times a second. The
	 * engine has no index for that question: each asking read every job, and every job again to find those a node
	 * has locked (48 ms with 100,000 open tickets, with deadlines falling due 60 jobs a second, a core of the
	 * database's busy with asking). An index of the due dates finds the due jobs, and one of the locked jobs (a
	 * handful) finds those (1.2 ms).
	 */
	private static void jobAcquisition(Statement sql) throws SQLException {
		sql.execute("create index if not exists tf_job_due_idx on " + SCHEMA + ".act_ru_job (duedate_)");
		sql.execute("create index if not exists tf_job_locked_idx on " + SCHEMA
				+ ".act_ru_job (process_instance_id_) where lock_owner_ is not null");
	}

	/**
	 * Filters of deadlines list the tasks past or near their due date, most urgent first, and "Pending reminders due"
	 * the work tasks whose follow-up date (a reached reminder) has passed. Without an index on the dates each page
	 * read every task of its window and sorted them all, 35-60 ms with 100,000 open tickets; by the due date's index
	 * an agent's page reads its first tasks in order (10-18 ms for the request), and the few reached reminders
	 * are found among the tasks that have a follow-up date.
	 */
	private static void taskDates(Statement sql) throws SQLException {
		sql.execute("create index if not exists tf_task_due_idx on " + SCHEMA + ".act_ru_task (due_date_)");
		sql.execute("create index if not exists tf_task_follow_up_idx on " + SCHEMA
				+ ".act_ru_task (follow_up_date_) where follow_up_date_ is not null");
	}

	/**
	 * "Consultations for me" asks for the consultation tasks assigned to a person. An agent has thousands of tasks
	 * of their own and no consultation; not knowing that the two go together, PostgreSQL expected hundreds and
	 * walked every task in id order to find them (34 ms with 100,000 open tickets, for an empty page). Statistics on
	 * the pair and an index on it find a person's tasks of a step at once (0.1 ms).
	 */
	private static void assignedTasks(Statement sql) throws SQLException {
		sql.execute("create index if not exists tf_task_assignee_key_idx on " + SCHEMA
				+ ".act_ru_task (assignee_, task_def_key_)");
		boolean known;
		try (ResultSet found = sql.executeQuery("select 1 from pg_statistic_ext where stxname = 'tf_task_key_assignee'")) {
			known = found.next();
		}
		if (!known) {
			sql.execute("create statistics " + SCHEMA + ".tf_task_key_assignee (mcv) on task_def_key_, assignee_ from "
					+ SCHEMA + ".act_ru_task");
			sql.execute("analyze " + SCHEMA + ".act_ru_task");
		}
	}

	private static void grant(Connection connection, String role) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					do $$
					declare
					    t record;
					begin
					    for t in select tablename from pg_tables where schemaname = '%1$s' and tablename like 'act\\_%%' loop
					        if t.tablename like 'act\\_hi\\_%%' then
					            execute format('grant select, insert, update on %1$s.%%I to %2$s', t.tablename);
					            execute format('revoke delete, truncate on %1$s.%%I from %2$s', t.tablename);
					        else
					            execute format('grant select, insert, update, delete on %1$s.%%I to %2$s', t.tablename);
					        end if;
					    end loop;
					end;
					$$""".formatted(SCHEMA, role));
		}
	}
}
