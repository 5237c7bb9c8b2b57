package io.ticketflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A database where the engine once created its tables as the owner, in the owner's own schema: they move to where
 * the runtime role finds them, with what they hold, and the runtime role gets its rights on them.
 */
class EngineTablesTests {

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
		superuser.execute("create role ticketflow login");
		superuser.execute("create role ticketflow_app login");
		superuser.execute("create database ticketflow owner ticketflow");
		superuser.execute("create database planner owner ticketflow");
		superuser.execute("create database jobs owner ticketflow");
		superuser.execute("create database assigned owner ticketflow");
		superuser.execute("create database grants owner ticketflow");
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void tablesTheEngineCreatedInTheOwnersSchemaMoveToPublic() throws SQLException {
		DataSource owner = postgres.getDatabase("ticketflow", "ticketflow");
		try (Connection connection = owner.getConnection()) {
			connection.createStatement().execute("create schema ticketflow");
			// as the engine did at its start: unqualified names land in the schema named like the role ("$user")
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql"));
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create.history.sql"));
			connection.createStatement().execute("insert into act_ge_property values ('marker', 'kept', 1)");

			new EngineTables().prepare(connection, "ticketflow_app");
		}

		JdbcTemplate runtime = new JdbcTemplate(postgres.getDatabase("ticketflow_app", "ticketflow"));
		assertThat(runtime.queryForList("select distinct schemaname from pg_tables where tablename like 'act\\_%'",
				String.class)).containsExactly("public");
		assertThat(runtime.queryForObject("select value_ from act_ge_property where name_ = 'marker'", String.class))
			.isEqualTo("kept");
		assertThat(runtime.update("update act_ge_property set value_ = 'changed' where name_ = 'marker'")).isOne();
		runtime.update("insert into act_hi_procinst (id_, proc_inst_id_, proc_def_id_, start_time_) "
				+ "values ('1', '1', 'ticket:1', current_timestamp)");
		assertThatThrownBy(() -> runtime.update("delete from act_hi_procinst")).rootCause()
			.hasMessageContaining("permission denied");
	}

	/**
	 * The engine writes an authorization for each task's candidate group and, listing tasks for a person, keeps those
	 * whose permissions include READ ({@code perms_ & 2 = 2}). The planner must know that this keeps nearly all of
	 * them: guessing half a percent, it scanned every authorization for every task.
	 */
	@Test
	void thePlannerKnowsHowManyAuthorizationsAPermissionTestKeeps() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "planner").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			// as the engine grants a queue's group its tasks: READ and UPDATE (2 | 4), some with more
			owner.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, "
					+ "perms_) select 'auth-' || n, 1, 1, 'queue-' || (n % 3), 7, 'task-' || n, "
					+ "case when n % 10 = 0 then 2147483647 else 6 end from generate_series(1, 5000) n");
			new EngineTables().prepare(connection, "ticketflow_app");

			for (int permission : new int[] { 2, 64 }) {
				String plan = owner.queryForObject("explain (format json) select * from act_ru_authorization "
						+ "where perms_ & " + permission + " = " + permission, String.class);
				long estimated = new ObjectMapper().readTree(plan).get(0).get("Plan").get("Plan Rows").asLong();
				long actual = owner.queryForObject("select count(*) from act_ru_authorization where perms_ & "
						+ permission + " = " + permission, Long.class);
				assertThat(estimated).as("rows the planner expects for perms_ & %d", permission)
					.isBetween(actual / 2, actual * 2 + 10);
			}
		}
	}

	/**
	 * Listing or counting tasks, the engine looks up the authorizations of each task's id, its process definition's
	 * key and {@code *}, keeping those on tasks and process definitions. The lookup reads an index of those alone, not
	 * every grant on {@code *} of every other resource for every task.
	 */
	@Test
	void aTasksAuthorizationsAreLookedUpAmongThoseOnTasksAndProcessDefinitions() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "ticketflow").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			grantTasksToQueues(owner, 5000);
			// what the personas are granted on everything: applications, filters, users, groups …
			owner.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, "
					+ "perms_) select 'any-' || t || '-' || g, 1, 1, 'group-' || g, t, '*', 2147483647 "
					+ "from generate_series(0, 21) t, generate_series(1, 4) g");
			owner.execute("analyze act_ru_authorization");

			String plan = owner.queryForObject("explain (format json) select a.* from act_ru_authorization a "
					+ "where a.resource_id_ in ('task-42', 'ticket', '*') and a.type_ < 2 "
					+ "and ((a.resource_type_ = 7 and a.perms_ & 2 = 2) or (a.resource_type_ = 6 and a.perms_ & 64 = 64))",
					String.class);
			assertThat(plan).contains("tf_auth_task_resource_idx");
		}
	}

	/**
	 * Listing tasks, the engine first gathers the person's own authorizations and their groups'. An observer is in no
	 * queue: with the candidate groups' authorizations of 100,000 tasks beside them, PostgreSQL read all 111,000 to
	 * find the observer's nine (16 ms of each page of "All open tickets"); an index of the users' authorizations joins
	 * the groups' to find them at once.
	 */
	@Test
	void aPersonsAuthorizationsAreFoundWithoutReadingEveryOne() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "grants").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			grantTasksToQueues(owner, 50000);
			owner.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, "
					+ "perms_) values ('observer-self', 1, 1, 'observer', 1, 'observer', 2147483647)");
			owner.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, "
					+ "perms_) select 'observers-' || t, 1, 1, 'observers', t, '*', 2 from generate_series(0, 7) t");
			owner.execute("analyze act_ru_authorization");

			// the person's authorizations as the engine asks for them beside each task
			String plan = String.join("\n", owner.queryForList("explain select a.* from act_ru_authorization a where "
					+ "a.type_ < 2 and (a.user_id_ in ('observer', '*') or a.group_id_ in ('observers')) and "
					+ "((a.resource_type_ = 7 and a.perms_ & 2 = 2) or (a.resource_type_ = 6 and a.perms_ & 64 = 64))",
					String.class));
			assertThat(plan).contains("tf_auth_user_idx").doesNotContain("Seq Scan");
		}
	}

	/**
	 * Every ticket waits on timers (its deadlines, its reminder), so the job table holds a job or more per open ticket.
	 * The job executor asks for the next due jobs several times a second while there are any: it finds them by their
	 * due date, and the jobs locked by a node (a handful) by their lock, not by reading every job twice.
	 */
	@Test
	void theJobExecutorFindsDueJobsAndLockedJobsWithoutReadingEveryJob() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "jobs").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			// 30,000 tickets' timers: most due next month, a few due now, a few locked by a node that works them
			owner.update("insert into act_ru_job (id_, rev_, type_, exclusive_, process_instance_id_, retries_, duedate_, "
					+ "handler_type_, lock_owner_, lock_exp_time_) select 'job-' || n, 1, 'timer', true, 'instance-' || n, 3, "
					+ "case when n % 1000 = 0 then now() - interval '1 minute' else now() + interval '30 days' end, "
					+ "'timer-transition', case when n % 5000 = 0 then 'node-a' end, "
					+ "case when n % 5000 = 0 then now() + interval '1 minute' end from generate_series(1, 30000) n");
			owner.execute("analyze act_ru_job");

			// the engine's acquisition (Job.xml, selectNextJobsToExecute), as it asks on PostgreSQL
			String plan = String.join("\n", owner.queryForList("explain select res.id_, res.rev_, res.duedate_, res.process_instance_id_, "
					+ "res.exclusive_ from act_ru_job res where (res.retries_ > 0) and (res.duedate_ is null or "
					+ "res.duedate_ <= now()) and (res.lock_owner_ is null or res.lock_exp_time_ < now()) and "
					+ "res.suspension_state_ = 1 and ((res.exclusive_ = true and not exists (select j2.id_ from act_ru_job j2 "
					+ "where j2.process_instance_id_ = res.process_instance_id_ and (j2.exclusive_ = true) and "
					+ "(j2.lock_owner_ is not null and j2.lock_exp_time_ >= now()))) or res.exclusive_ = false) "
					+ "and handler_type_ != 'history-cleanup' limit 3", String.class));
			assertThat(plan).contains("tf_job_due_idx").contains("tf_job_locked_idx").doesNotContain("Seq Scan");
		}
	}

	/**
	 * The deadlines' filters list the tasks past their due date, most urgent first; a reached reminder is a work task
	 * with a follow-up date passed. Both pages read their first tasks in order, not every task of their window.
	 */
	@Test
	void tasksAreFoundInTheOrderOfTheirDates() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "jobs").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			owner.update("insert into act_ru_task (id_, rev_, task_def_key_, due_date_, follow_up_date_, "
					+ "suspension_state_) select 'task-' || n, 1, 'Task_Work', now() - interval '1 minute' * n, "
					+ "case when n % 1000 = 0 then now() - interval '1 hour' end, 1 from generate_series(1, 30000) n");
			owner.execute("analyze act_ru_task");

			// the filters' conditions as the engine writes them (Task.xml: dueBefore, followUpBefore)
			String overdue = String.join("\n", owner.queryForList("explain select res.id_ from act_ru_task res where "
					+ "res.task_def_key_ in ('Task_Triage', 'Task_Work') and (res.due_date_ < now() and res.due_date_ "
					+ "is not null) and res.suspension_state_ = 1 order by res.due_date_ asc limit 15", String.class));
			assertThat(overdue).contains("tf_task_due_idx").doesNotContain("Seq Scan");
			String reminders = String.join("\n", owner.queryForList("explain select res.id_ from act_ru_task res where "
					+ "res.task_def_key_ = 'Task_Work' and (res.follow_up_date_ < now() and res.follow_up_date_ is not null) "
					+ "and res.suspension_state_ = 1 order by res.follow_up_date_ asc limit 15", String.class));
			assertThat(reminders).contains("tf_task_follow_up_idx").doesNotContain("Seq Scan");
		}
	}
	/** An agent has thousands of tasks of their own and no consultation: asking for theirs finds none at once. */
	@Test
	void aPersonsTasksOfAStepAreFoundAtOnce() throws Exception {
		try (Connection connection = postgres.getDatabase("ticketflow", "assigned").getConnection()) {
			JdbcTemplate owner = prepared(connection);
			owner.update("insert into act_ru_task (id_, rev_, task_def_key_, assignee_, suspension_state_) "
					+ "select 'task-' || n, 1, case when n % 20 = 0 then 'Task_Consult' else 'Task_Work' end, "
					+ "case when n % 20 = 0 then 'specialist' when n % 10 = 1 then 'agent' end, 1 "
					+ "from generate_series(1, 30000) n");
			owner.execute("analyze act_ru_task");

			// the filter's condition as the engine writes it, in its default order
			String plan = String.join("\n", owner.queryForList("explain select res.id_ from act_ru_task res where "
					+ "res.task_def_key_ = 'Task_Consult' and res.assignee_ = 'agent' and res.suspension_state_ = 1 "
					+ "order by res.id_ asc limit 15", String.class));
			assertThat(plan).contains("tf_task_assignee_key_idx").doesNotContain("act_ru_task_pkey");
		}
	}


	/** Camunda's tables prepared on the owner's connection, as at a start; the owner's template on it. */
	private static JdbcTemplate prepared(Connection connection) throws SQLException {
		new EngineTables().prepare(connection, "ticketflow_app");
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	/** READ and UPDATE on that many tasks, each for one of three queues' groups, as the engine grants candidates. */
	private static void grantTasksToQueues(JdbcTemplate owner, int tasks) {
		owner.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, "
				+ "perms_) select 'task-auth-' || n, 1, 1, 'queue-' || (n % 3), 7, 'task-' || n, 6 "
				+ "from generate_series(1, ?) n", tasks);
	}
}
