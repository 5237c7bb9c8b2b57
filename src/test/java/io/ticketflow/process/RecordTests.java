package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.AgentArticles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every way to delete or rewrite the record, tried as an administrator: all refused, the record intact. */
@PostgresTest
class RecordTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	AgentArticles articles;

	@Autowired
	DatabaseOwner owner;

	HelpDesk desk;

	Http http;

	String number;

	String running;

	String finished;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		http = new Http(port);
		number = desk.open("Support");
		articles.note(number, "agent", "A note that stays.");
		running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
		String closed = desk.open("Support");
		desk.complete(closed, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		finished = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).singleResult().getId();
	}

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@Test
	void theEngineKeepsTheFullHistoryForeverWhateverTheConfigurationSays() {
		assertThat(engineConfiguration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
		assertThat(engineConfiguration.isHistoryCleanupEnabled()).isFalse();
		assertThat(engineConfiguration.isEnforceHistoryTimeToLive()).isFalse();
	}

	@Test
	void engineRestRefusesEveryDeletionEvenToAdmins() {
		String task = tasks.createTaskQuery().processInstanceId(running).singleResult().getId();
		String deployment = repository.createDeploymentQuery().list().get(0).getId();
		identity.setAuthenticatedUserId("agent");
		Comment comment = tasks.createComment(task, running, "a comment");
		identity.clearAuthentication();
		String operation = history.createUserOperationLogQuery().list().get(0).getOperationId();
		List<String> refused = List.of(
				statusOf("DELETE", "/engine-rest/process-instance/" + running, null),
				statusOf("POST", "/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + running + "\"],\"deleteReason\":\"x\"}"),
				statusOf("DELETE", "/engine-rest/history/process-instance/" + finished, null),
				statusOf("POST", "/engine-rest/history/process-instance/delete", "{\"historicProcessInstanceIds\":[\"" + finished + "\"]}"),
				statusOf("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", null),
				statusOf("DELETE", "/engine-rest/task/" + task + "/comment/" + comment.getId(), null),
				statusOf("PUT", "/engine-rest/task/" + task + "/comment", "{\"id\":\"" + comment.getId() + "\",\"message\":\"rewritten\"}"),
				statusOf("PUT", "/engine-rest/history/user-operation/" + operation + "/set-annotation", "{\"annotation\":\"x\"}"),
				statusOf("POST", "/engine-rest/history/process-instance/set-removal-time",
						"{\"absoluteRemovalTime\":\"2026-01-01T00:00:00.000+0000\",\"historicProcessInstanceIds\":[\"" + finished + "\"]}"),
				statusOf("POST", "/engine-rest/history/cleanup", null));
		assertThat(refused).allMatch(s -> s.startsWith("403"), "every deletion answers 403");
		assertRecordIntact(comment);
	}

	@Test
	void javaApiRefusesEveryDeletionToo() {
		String task = tasks.createTaskQuery().processInstanceId(running).singleResult().getId();
		Comment comment = tasks.createComment(task, running, "a comment");
		String deployment = repository.createDeploymentQuery().list().get(0).getId();
		List<Runnable> deletions = List.of(
				() -> runtime.deleteProcessInstance(running, "gone"),
				() -> history.deleteHistoricProcessInstance(finished),
				() -> history.deleteHistoricProcessInstancesBulk(List.of(finished)),
				() -> history.deleteHistoricTaskInstance(task),
				() -> repository.deleteDeployment(deployment, true),
				() -> tasks.deleteTaskComment(task, comment.getId()),
				() -> tasks.updateTaskComment(task, comment.getId(), "rewritten"),
				() -> history.cleanUpHistoryAsync(true),
				() -> history.deleteUserOperationLogEntry(history.createUserOperationLogQuery().list().get(0).getId()),
				() -> history.setAnnotationForOperationLogById(history.createUserOperationLogQuery().list().get(0)
					.getOperationId(), "rewritten"));
		for (Runnable deletion : deletions) {
			assertThatThrownBy(deletion::run).isInstanceOf(AuthorizationException.class).hasMessageContaining("cannot be deleted");
		}
		assertRecordIntact(comment);
	}

	@Test
	void nobodyIsGrantedToDeleteHistory() {
		for (String user : List.of("admin", "agent", "observer", "manager")) {
			List<String> groups = List.copyOf(context.getBean(io.ticketflow.process.Directory.class).groupsOf(user));
			for (Permission permission : List.of(ProcessDefinitionPermissions.DELETE_HISTORY,
					ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.DELETE)) {
				assertThat(authorizations.isUserAuthorized(user, groups, permission, Resources.PROCESS_DEFINITION, "ticket"))
					.as(user + " " + permission.getName()).isFalse();
			}
		}
	}

	@Test
	void postgresqlRefusesTheOwnerToRewriteOrDeleteArticlesHistoryAndTickets() {
		// the application's own role may not even try (PostgresRuntimeRoleTests); the triggers stop the owner too
		JdbcTemplate jdbc = owner.jdbc();
		long ticketId = jdbc.queryForObject("select id from ticketflow.ticket where number = ?", Long.class, number);
		for (String sql : List.of(
				"update ticketflow.article set body = 'rewritten' where ticket_id = " + ticketId,
				"delete from ticketflow.article where ticket_id = " + ticketId,
				"update ticketflow.ticket_history set detail = 'rewritten' where ticket_id = " + ticketId,
				"delete from ticketflow.ticket_history where ticket_id = " + ticketId,
				"delete from ticketflow.ticket where id = " + ticketId,
				"truncate ticketflow.article cascade")) {
			assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).rootCause().hasMessageContaining("Ticketflow keeps its record");
		}
		assertThat(jdbc.queryForList("select body from ticketflow.article where ticket_id = ?", String.class, ticketId))
			.contains("A note that stays.");
	}

	private void assertRecordIntact(Comment comment) {
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isOne();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(finished).count()).isOne();
		assertThat(repository.createDeploymentQuery().count()).isPositive();
		assertThat(tasks.getProcessInstanceComments(running)).extracting(Comment::getFullMessage).contains(comment.getFullMessage());
		assertThat(history.createUserOperationLogQuery().count()).isPositive();
	}

	private String statusOf(String method, String path, String json) {
		var response = http.send("admin", method, path, json);
		return response.statusCode() + " " + method + " " + path;
	}
}
