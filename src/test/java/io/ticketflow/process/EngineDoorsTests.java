package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The ways found to act in another's name or change a ticket's course through the engine's doors, each tried
 * again: refused, and nothing changed.
 */
@PostgresTest
class EngineDoorsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TicketTasks ticketTasks;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	HelpDesk desk;

	Http http;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		http = new Http(port);
	}

	@Test
	void aCandidateCannotPointHisTaskAtAnotherTicket() {
		String own = desk.open("Support");
		long billing = tickets.idOf(desk.open("Billing"));
		String task = task(own, "Task_Work");
		assertThat(http.post("trainee", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"trainee\"}").statusCode()).isEqualTo(204);
		String value = "{\"value\":" + billing + ",\"type\":\"Long\"}";
		List<HttpResponse<String>> refused = List.of(
				http.put("trainee", "/engine-rest/task/" + task + "/localVariables/ticketId", value),
				http.put("trainee", "/engine-rest/task/" + task + "/variables/ticketId", value),
				http.post("trainee", "/engine-rest/task/" + task + "/variables", "{\"modifications\":{\"ticketId\":" + value + "}}"),
				http.post("trainee", "/engine-rest/task/" + task + "/localVariables",
						"{\"modifications\":{\"ticketId\":{\"value\":" + billing + ",\"type\":\"Long\",\"valueInfo\":{\"transient\":true}}}}"),
				http.post("trainee", "/engine-rest/task/" + task + "/complete",
						"{\"variables\":{\"workAction\":{\"value\":\"note\"},\"body\":{\"value\":\"x\"},\"ticketId\":" + value + "}}"),
				http.post("trainee", "/engine-rest/task/" + task + "/submit-form",
						"{\"variables\":{\"workAction\":{\"value\":\"note\"},\"body\":{\"value\":\"x\"},\"ticketId\":{\"value\":"
								+ billing + ",\"type\":\"Long\",\"valueInfo\":{\"transient\":true}}}}"),
				http.delete("trainee", "/engine-rest/task/" + task + "/variables/ticketId"),
				http.delete("trainee", "/engine-rest/task/" + task + "/localVariables/ticketId"));
		assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(tasks.getVariable(task, "ticketId")).isEqualTo(tickets.idOf(own));
		assertThat(http.get("trainee", "/engine-rest/task/" + task + "/form-variables").body()).contains(own);
		assertThat(http.post("trainee", "/engine-rest/task/" + task + "/complete",
				"{\"variables\":{\"workAction\":{\"value\":\"note\"},\"body\":{\"value\":\"Still mine.\"}}}").statusCode())
			.isEqualTo(204);
	}

	@Test
	void anAdministratorCannotRewriteWhatTheHelpDeskKeeps() {
		String number = desk.open("Support");
		String instance = instance(number);
		String execution = runtime.createExecutionQuery().processInstanceId(instance).list().get(0).getId();
		List<HttpResponse<String>> refused = List.of(
				http.put("admin", "/engine-rest/process-instance/" + instance + "/variables/answered", "{\"value\":true,\"type\":\"Boolean\"}"),
				http.delete("admin", "/engine-rest/process-instance/" + instance + "/variables/ticketId"),
				http.post("admin", "/engine-rest/process-instance/" + instance + "/variables", "{\"deletions\":[\"queueGroup\"]}"),
				http.put("admin", "/engine-rest/execution/" + execution + "/localVariables/queueGroup", "{\"value\":\"nobody\"}"),
				http.post("admin", "/engine-rest/process-instance/variables-async", "{\"processInstanceIds\":[\"" + instance
						+ "\"],\"variables\":{\"answered\":{\"value\":true,\"type\":\"Boolean\"}}}"));
		assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(runtime.getVariables(instance)).containsEntry("answered", false).containsKey("ticketId")
			.containsEntry("queueGroup", "queue-support");
		assertThat(management.createBatchQuery().count()).isZero();
	}

	@Test
	void anAuthorizerNeverDecidesWhatHeAskedForHimself() {
		context.getBean(Directory.class).ensureUser("senior", "Sam", "Senior", "demo",
				List.of("authorizers", "agents", "queue-support"));
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "senior", Map.of("workAction", "authorize", "authorizationRequest", "Refund?"));
		String task = task(number, "Task_Authorize");
		assertThat(http.put("senior", "/engine-rest/task/" + task + "/localVariables/responsible",
				"{\"value\":\"agent\"}").statusCode()).isEqualTo(403);
		HttpResponse<String> decision = http.post("senior", "/engine-rest/task/" + task + "/complete",
				"{\"variables\":{\"authorizationDecision\":{\"value\":\"approve\"},\"authorizationReason\":{\"value\":\"ok\"}}}");
		assertThat(decision.statusCode()).as(decision.body()).isEqualTo(403);
		assertThat(types(number)).doesNotContain(HistoryType.AUTHORIZATION_DECIDED);
	}

	@Test
	void aConsultantWritesOnlyInHisOwnName() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		String task = task(number, "Task_Consult");
		http.put("specialist", "/engine-rest/task/" + task + "/variables/consultant", "{\"value\":\"manager\"}");
		HttpResponse<String> returned = http.post("specialist", "/engine-rest/task/" + task + "/complete",
				"{\"variables\":{\"consultAction\":{\"value\":\"return\"},\"note\":{\"value\":\"It is fine.\"}}}");
		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
		assertThat(tickets.articles(number)).filteredOn(a -> "It is fine.".equals(a.body()))
			.extracting(ArticleView::author).containsExactly("specialist");
		assertThat(ticketTasks.of(number)).singleElement().satisfies(t -> {
			assertThat(t.step()).isEqualTo("Task_Work");
			assertThat(t.assignee()).isEqualTo("agent");
		});
	}

	@Test
	void onlySomeoneWhoMayWorkTheTicketIsConsulted() {
		String number = desk.open("Support");
		String task = task(number, "Task_Work");
		for (String nobody : List.of("observer", "manager", "specilaist")) {
			HttpResponse<String> asked = http.post("agent", "/engine-rest/task/" + task + "/complete",
					"{\"variables\":{\"workAction\":{\"value\":\"consult\"},\"consultant\":{\"value\":\"" + nobody
							+ "\"},\"body\":{\"value\":\"?\"}}}");
			assertThat(asked.statusCode()).as(asked.body()).isEqualTo(400);
			assertThat(asked.body()).contains("consultant");
		}
		assertThat(ticketTasks.of(number)).extracting(OpenTask::step).containsExactly("Task_Work");
		assertThat(types(number)).doesNotContain(HistoryType.CONSULTATION_ASKED);
	}

	@Test
	void aTicketsCourseCannotBeChangedFromOutside() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "autoClose",
				"pendingUntil", Instant.now().plus(3, ChronoUnit.DAYS).toString()));
		String instance = instance(number);
		Job timer = management.createJobQuery().processInstanceId(instance).singleResult();
		String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
		List<HttpResponse<String>> refused = List.of(
				http.delete("admin", "/engine-rest/job/" + timer.getId()),
				http.put("admin", "/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":0}"),
				http.put("admin", "/engine-rest/job/" + timer.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"),
				http.post("admin", "/engine-rest/job/" + timer.getId() + "/duedate/recalculate", null),
				http.put("admin", "/engine-rest/job/" + timer.getId() + "/suspended", "{\"suspended\":true}"),
				http.post("admin", "/engine-rest/job/" + timer.getId() + "/execute", null),
				http.put("admin", "/engine-rest/process-instance/" + instance + "/suspended", "{\"suspended\":true}"),
				http.put("admin", "/engine-rest/process-definition/" + definition + "/suspended",
						"{\"suspended\":true,\"includeProcessInstances\":true}"),
				http.post("admin", "/engine-rest/process-instance/" + instance + "/modification",
						"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_AutoClose\"}]}"),
				http.post("admin", "/engine-rest/modification/executeAsync", "{\"processDefinitionId\":\"" + definition
						+ "\",\"processInstanceIds\":[\"" + instance
						+ "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RecordAuthorization\"}]}"),
				http.post("admin", "/engine-rest/migration/execute", "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\""
						+ definition + "\",\"targetProcessDefinitionId\":\"" + definition + "\",\"instructions\":[]},"
						+ "\"processInstanceIds\":[\"" + instance + "\"]}"),
				http.post("admin", "/engine-rest/message", "{\"messageName\":\"Message_FollowUp\",\"businessKey\":\"" + number + "\"}"),
				http.post("admin", "/engine-rest/signal", "{\"name\":\"anything\"}"),
				http.post("admin", "/engine-rest/process-definition/key/ticket/start", "{\"businessKey\":\"x\"}"));
		assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		Job after = management.createJobQuery().processInstanceId(instance).singleResult();
		assertThat(after.getId()).isEqualTo(timer.getId());
		assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
		assertThat(after.getRetries()).isEqualTo(timer.getRetries());
		assertThat(after.isSuspended()).isFalse();
		assertThat(tickets.ticket(number).state().code()).isEqualTo("pending_auto_close");
		assertThat(management.createBatchQuery().count()).isZero();
	}

	@Test
	void anAdministratorGivesAJobNewRetriesAndTheTicketSaysSo() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "reminder",
				"pendingUntil", Instant.now().plus(3, ChronoUnit.DAYS).toString()));
		Job timer = management.createJobQuery().processInstanceId(instance(number)).singleResult();
		String path = "/engine-rest/job/" + timer.getId() + "/retries";
		assertThat(http.put("agent", path, "{\"retries\":5}").statusCode()).isEqualTo(403);
		assertThat(http.put("admin", path, "{\"retries\":0}").statusCode()).isEqualTo(403);
		assertThat(http.put("admin", path, "{\"retries\":5}").statusCode()).isEqualTo(204);
		Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
		assertThat(after.getRetries()).isEqualTo(5);
		assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
		List<HistoryView> history = tickets.history(number);
		assertThat(history.get(history.size() - 1)).satisfies(line -> {
			assertThat(line.type()).isEqualTo(HistoryType.ENGINE_COMMAND);
			assertThat(line.actor()).isEqualTo("admin");
			assertThat(line.detail()).contains(timer.getId(), "5 retries");
		});
	}

	@Test
	void aPersonsDecisionIsNeverTakenWithoutThePerson() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "authorize", "authorizationRequest", "Refund?"));
		assertThatThrownBy(() -> runtime.createProcessInstanceModification(instance(number))
			.startBeforeActivity("Task_RecordAuthorization").execute()).isInstanceOf(ForbiddenException.class);
		assertThat(types(number)).doesNotContain(HistoryType.AUTHORIZATION_DECIDED);
	}

	@Test
	void readersAddNothingAndNobodyReroutesATask() {
		String number = desk.open("Support");
		String task = task(number, "Task_Work");
		for (String reader : List.of("observer", "manager")) {
			HttpResponse<String> comment = http.post(reader, "/engine-rest/task/" + task + "/comment/create",
					"{\"message\":\"I was here\"}");
			assertThat(comment.statusCode()).as(comment.body()).isEqualTo(403);
			identity.setAuthentication(reader, List.copyOf(context.getBean(Directory.class).groupsOf(reader)));
			try {
				assertThatThrownBy(() -> tasks.createAttachment("text/plain", task, null, "a.txt", "x",
						new ByteArrayInputStream(new byte[] { 1 }))).isInstanceOf(ForbiddenException.class);
			}
			finally {
				identity.clearAuthentication();
			}
		}
		assertThat(tasks.getTaskComments(task)).isEmpty();
		for (String user : List.of("agent", "admin")) {
			HttpResponse<String> link = http.post(user, "/engine-rest/task/" + task + "/identity-links",
					"{\"groupId\":\"queue-billing\",\"type\":\"candidate\"}");
			assertThat(link.statusCode()).as(link.body()).isEqualTo(403);
		}
		assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(l -> "queue-billing".equals(l.getGroupId()));
		HttpResponse<String> comment = http.post("admin", "/engine-rest/task/" + task + "/comment/create",
				"{\"message\":\"An administrator's comment\"}");
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
	}

	@Test
	void unclaimingIsInTheTicketsHistory() {
		String number = desk.open("Support");
		String task = task(number, "Task_Work");
		http.post("agent", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"agent\"}");
		assertThat(http.post("agent", "/engine-rest/task/" + task + "/unclaim", null).statusCode()).isEqualTo(204);
		List<HistoryView> history = tickets.history(number);
		assertThat(history.get(history.size() - 1)).satisfies(line -> {
			assertThat(line.type()).isEqualTo(HistoryType.UNLOCKED);
			assertThat(line.actor()).isEqualTo("agent");
		});
		assertThat(tickets.ticket(number).responsible()).isNull();
	}

	@Test
	void tasklistsDoorRefusesAlikeAndAnswersBadInputWith400() throws Exception {
		String number = desk.open("Support");
		String task = task(number, "Task_Work");
		var cookies = new java.net.CookieManager();
		var browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port + "/camunda/api/";
		HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(base + "engine/engine/")).build(), HttpResponse.BodyHandlers.ofString());
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(base + "admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=agent&password=demo")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String sessionToken = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "engine/engine/"))
			.build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElse(token);
		java.util.function.BiFunction<String, String, HttpResponse<String>> post = (path, json) -> {
			try {
				return browser.send(java.net.http.HttpRequest.newBuilder(
						java.net.URI.create(base + "engine/engine/default/" + path))
					.header("Content-Type", "application/json").header("X-XSRF-TOKEN", sessionToken)
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		java.util.function.Function<String, HttpResponse<String>> complete = variables -> post
			.apply("task/" + task + "/submit-form", "{\"variables\":" + variables + "}");
		HttpResponse<String> kept = complete.apply("{\"workAction\":{\"value\":\"note\"},\"body\":{\"value\":\"x\"},"
				+ "\"queueGroup\":{\"value\":\"queue-billing\"}}");
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(403);
		assertThat(kept.body()).contains("queueGroup is kept by the help desk");
		HttpResponse<String> observer = complete.apply("{\"workAction\":{\"value\":\"consult\"},"
				+ "\"consultant\":{\"value\":\"observer\"},\"body\":{\"value\":\"?\"}}");
		assertThat(observer.statusCode()).as(observer.body()).isEqualTo(400);
		assertThat(observer.body()).contains("\"field\":\"consultant\"");
		assertThat(ticketTasks.of(number)).extracting(OpenTask::step).containsExactly("Task_Work");

		// the work given to someone who may not work the queue: the help desk's refusal, before the engine's step
		HttpResponse<String> given = post.apply("task/" + task + "/assignee", "{\"userId\":\"observer\"}");
		assertThat(given.statusCode()).as(given.body()).isEqualTo(403);
		assertThat(JsonPath.<String>read(given.body(), "$.message")).isEqualTo(
				"observer may not take \"Work on the ticket\": it is work for those who work the ticket's queue.");
		assertThat(ticketTasks.of(number)).singleElement().satisfies(t -> assertThat(t.assignee()).isNull());

		// a task that is not theirs: the refusal says so in a sentence, not as a list of permissions on task ids
		String triage = task(desk.open(null), "Task_Triage");
		HttpResponse<String> claimed = post.apply("task/" + triage + "/claim", "{\"userId\":\"agent\"}");
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(403);
		assertThat(JsonPath.<String>read(claimed.body(), "$.message"))
			.isEqualTo("agent may not take \"Triage\": it is work for the members of Dispatchers (secretaries).");
	}

	private List<HistoryType> types(String number) {
		return tickets.history(number).stream().map(HistoryView::type).toList();
	}

	private String instance(String number) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
	}

	private String task(String number, String step) {
		return ticketTasks.of(number).stream().filter(t -> t.step().equals(step)).findFirst().orElseThrow().id();
	}
}
