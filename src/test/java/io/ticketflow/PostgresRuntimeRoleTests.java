package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleDraft.AttachmentDraft;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.HistoryChain;
import io.ticketflow.ticket.TicketQueries;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On PostgreSQL the application runs as a role that can read and append the record but neither rewrite nor delete
 * it, nor delete the engine's history; the owner keeps the schema. What the owner changes behind the application's
 * back, the chain check reports.
 */
@PostgresTest
class PostgresRuntimeRoleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	AgentArticles articles;

	@Autowired
	FollowUps followUps;

	@Autowired
	HistoryChain chain;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	/** A plan kept for any value of a permission would not see the statistics on it (EngineTables). */
	@Test
	void everyStatementIsPlannedForItsValues() {
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

	/** Starting parallel workers took longer than the short statements they were given (application.yml). */
	@Test
	void noStatementStartsParallelWorkers() {
		assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
	}

	@Test
	void theApplicationAndTheEngineRunAsTheRuntimeRoleAndTheOwnerOwnsEveryTable() {
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("ticketflow_app");
		assertThat(new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getDataSource()).queryForObject("select current_user", String.class)).isEqualTo("ticketflow_app");
		assertThat(owner.jdbc().queryForList("select distinct tableowner from pg_tables "
				+ "where schemaname = 'ticketflow' or tablename like 'act\\_%'", String.class))
			.containsExactly("ticketflow");
	}

	@Test
	void theRuntimeRoleCannotRewriteOrDeleteTheRecord() {
		String number = withEverything();
		long ticketId = jdbc.queryForObject("select id from ticketflow.ticket where number = ?", Long.class, number);
		String where = " where ticket_id = " + ticketId;
		String files = " where article_id in (select id from ticketflow.article" + where + ")";
		for (String sql : List.of("update ticketflow.article set body = 'rewritten'" + where,
				"delete from ticketflow.article" + where,
				"update ticketflow.ticket_history set detail = 'rewritten'" + where,
				"delete from ticketflow.ticket_history" + where,
				"update ticketflow.attachment set content = 'x'::bytea" + files,
				"delete from ticketflow.attachment" + files,
				"delete from ticketflow.ticket where id = " + ticketId,
				"truncate ticketflow.article cascade",
				"alter table ticketflow.article disable trigger article_append_only",
				"delete from act_hi_procinst", "delete from act_hi_actinst", "delete from act_hi_taskinst",
				"delete from act_hi_varinst", "delete from act_hi_detail", "delete from act_hi_op_log",
				"delete from act_hi_identitylink", "delete from act_hi_comment", "truncate act_hi_procinst",
				"drop table act_hi_procinst", "create table public.act_hi_mine (id integer)")) {
			// refused for want of a privilege, not by the append-only triggers that stand against the owner
			assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).rootCause()
				.hasMessageNotContaining("keeps its record")
				.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql).isEqualTo("42501"));
		}
		assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Long.class,
				number)).isOne();
		assertThat(jdbc.queryForList("select body from ticketflow.article" + where, String.class))
			.contains("A note that stays.");
	}

	@Test
	void anArticleTheOwnerRewritesIsReportedByTheChainCheck() throws Exception {
		String number = withEverything();
		Long note = jdbc.queryForObject("select max(id) from ticketflow.article where body = 'A note that stays.'",
				Long.class);
		owner.jdbc().execute("alter table ticketflow.article disable trigger article_append_only");
		owner.jdbc().update("update ticketflow.article set body = 'A note that was changed.' where id = ?", note);
		owner.jdbc().execute("alter table ticketflow.article enable trigger article_append_only");

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.articleId()).isEqualTo(note));
		mvc.perform(get("/api/admin/history-chain").param("ticket", number).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.broken[0].articleId").value(note.intValue()));
	}

	/** A ticket with a note and a file, worked on once. */
	String withEverything() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		articles.note(number, "agent", "A note that stays.");
		String customer = context.getBean(TicketQueries.class).ticket(number).customer();
		followUps.receive(number, ArticleDraft.fromMail(customer, "support@localhost", null, "Log", "See the log.",
				null, null, null, null, List.of(new AttachmentDraft("log.txt", "text/plain", new byte[] { 1 })), true));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "reply", "body", "Try turning it off."));
		return number;
	}
}
