package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.TicketQueries;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every operation of the engine's REST API that writes (from Camunda's own OpenAPI description, so that an endpoint
 * of a new version is walked too), as every persona, with a request that would change a ticket's course or the
 * variables the help desk keeps: it succeeds only where {@link #MAY} says so, never answers 5xx, and after a
 * refusal nothing of the tickets, their processes, jobs and deployments has changed.
 */
@PostgresTest
class EngineRestSurfaceTests {

	private static final List<String> PERSONAS = List.of("admin", "secretary", "agent", "trainee", "specialist",
			"authorizer", "observer", "manager");

	/** The engine's resources the walk covers: everything but identity, filters and other configuration. */
	private static final Set<String> RESOURCES = Set.of("task", "process-instance", "execution", "job",
			"job-definition", "deployment", "process-definition", "modification", "migration", "message", "signal",
			"condition", "history", "batch", "incident", "variable-instance");

	/**
	 * The documented rights: who may succeed with an operation. Claiming, assigning and delegating a task of their
	 * queues is the agents' work (the help desk then checks that the new assignee may work the ticket);
	 * administrators manage tasks and deployments; the rest is refused to everybody.
	 */
	private static final Map<String, Set<String>> MAY = Map.ofEntries(
			Map.entry("claim", Set.of("admin", "agent", "trainee")),
			Map.entry("unclaim", Set.of("admin", "agent", "trainee")),
			Map.entry("setAssignee", Set.of("admin", "agent", "trainee")),
			Map.entry("delegateTask", Set.of("admin", "agent", "trainee")),
			Map.entry("updateTask", Set.of("admin", "agent", "trainee")),
			Map.entry("createTask", Set.of("admin")),
			Map.entry("createComment", Set.of("admin")),
			Map.entry("setJobRetries", Set.of("admin")),
			Map.entry("redeploy", Set.of("admin")),
			Map.entry("generateMigrationPlan", Set.of("admin")),
			Map.entry("validateMigrationPlan", Set.of("admin")));

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	/** Sends the personas' requests at once. */
	private final ExecutorService personas = Executors.newFixedThreadPool(PERSONAS.size());

	@Test
	void everyWritingOperationIsRefusedOrDocumentedAndARefusalChangesNothing() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		Http http = new Http(port);
		List<String> wrong = new ArrayList<>();
		Walk walk = new Walk(desk, http, wrong);
		try {
			for (Operation operation : operations()) {
				boolean anybodyMay = MAY.containsKey(operation.id());
				if (anybodyMay || !walk.allRefusedAndNothingChanged(operation)) {
					// one persona at a time, on a fresh fixture: says who may not, or whose refusal changed something
					walk.oneByOne(operation);
				}
			}
		}
		finally {
			personas.shutdown();
		}
		assertThat(walk.sent.get()).as("operations walked").isGreaterThan(100 * PERSONAS.size());
		assertThat(wrong).isEmpty();
	}

	/** The requests of the walk, and what they got wrong. */
	private final class Walk {

		private final HelpDesk desk;

		private final Http http;

		private final List<String> wrong;

		private Fixture fixture;

		private String before;

		private final AtomicInteger sent = new AtomicInteger();

		Walk(HelpDesk desk, Http http, List<String> wrong) {
			this.desk = desk;
			this.http = http;
			this.wrong = wrong;
			fresh();
		}

		/**
		 * Sends the operation as every persona at once and compares the tickets once afterwards: true when all were
		 * refused without a 5xx and nothing changed, which is what almost every operation must answer.
		 */
		boolean allRefusedAndNothingChanged(Operation operation) throws Exception {
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (String persona : PERSONAS) {
				responses.add(personas.submit(() -> send(operation, persona)));
			}
			boolean refused = true;
			for (Future<HttpResponse<String>> response : responses) {
				refused &= response.get().statusCode() / 100 == 4;
			}
			String after = fixture.state();
			boolean unchanged = before.equals(after);
			if (!refused || !unchanged) {
				fresh();
			}
			return refused && unchanged;
		}

		void oneByOne(Operation operation) throws Exception {
			for (String persona : PERSONAS) {
				HttpResponse<String> response = send(operation, persona);
				int status = response.statusCode();
				boolean may = MAY.getOrDefault(operation.id(), Set.of()).contains(persona);
				if (status >= 500 || (status < 300 && !may)) {
					wrong.add(operation + " as " + persona + ": " + status + " " + response.body());
				}
				else if (status >= 300) {
					String after = fixture.state();
					if (!before.equals(after)) {
						wrong.add(operation + " as " + persona + " was refused (" + status + ") yet changed something");
					}
					before = after;
				}
				if (status < 300) {
					fresh();
				}
			}
		}

		private HttpResponse<String> send(Operation operation, String persona) throws Exception {
			sent.incrementAndGet();
			return http.send(persona, operation.method(), fixture.path(operation.path()), fixture.body(persona),
					"application/json");
		}

		private void fresh() {
			fixture = new Fixture(desk);
			before = fixture.state();
		}
	}

	private List<Operation> operations() throws Exception {
		try (InputStream description = getClass().getResourceAsStream("/openapi.json")) {
			JsonNode paths = new ObjectMapper().readTree(description).path("paths");
			List<Operation> operations = new ArrayList<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> path = it.next();
				if (!RESOURCES.contains(path.getKey().split("/")[1])) {
					continue;
				}
				path.getValue().fields().forEachRemaining(method -> {
					String id = method.getValue().path("operationId").asText();
					boolean writes = Set.of("post", "put", "delete", "patch").contains(method.getKey());
					if (writes && !id.startsWith("query") && !id.startsWith("get")) {
						operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), id));
					}
				});
			}
			return operations;
		}
	}

	record Operation(String method, String path, String id) {

		@Override
		public String toString() {
			return method + " " + path + " (" + id + ")";
		}
	}

	/** A ticket waiting in its queue and one pending with its timer: the targets of every request. */
	private final class Fixture {

		private final String working;

		private final String pending;

		private final Map<String, String> ids = new TreeMap<>();

		Fixture(HelpDesk desk) {
			working = desk.open("Support");
			pending = desk.open("Support");
			desk.complete(pending, "Task_Work", "agent", Map.of("workAction", "pending", "pendingType", "autoClose",
					"pendingUntil", Instant.now().plus(3, ChronoUnit.DAYS).toString()));
			String instance = instance(working);
			var timer = management.createJobQuery().processInstanceId(instance(pending)).singleResult();
			ids.put("task", tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
			ids.put("process-instance", instance);
			ids.put("execution", runtime.createExecutionQuery().processInstanceId(instance).list().get(0).getId());
			ids.put("job", timer.getId());
			ids.put("job-definition", timer.getJobDefinitionId());
			ids.put("process-definition", timer.getProcessDefinitionId());
			ids.put("deployment", repository.getProcessDefinition(timer.getProcessDefinitionId()).getDeploymentId());
			ids.put("history", instance);
		}

		String path(String template) {
			String resource = template.split("/")[1];
			Matcher parameters = PARAMETER.matcher(template);
			StringBuilder path = new StringBuilder("/engine-rest");
			while (parameters.find()) {
				String value = switch (parameters.group(1)) {
					case "id" -> ids.getOrDefault(resource, "nothing");
					case "key" -> "ticket";
					case "varName" -> "ticketId";
					case "messageName" -> "Message_FollowUp";
					default -> "nothing";
				};
				parameters.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			parameters.appendTail(path);
			return path.toString();
		}

		/** One request body with everything an operation could take to change a ticket's course or kept variables. */
		String body(String persona) {
			String kept = "{\"ticketId\":{\"value\":1,\"type\":\"Long\"},\"answered\":{\"value\":true,\"type\":\"Boolean\"}}";
			return """
					{"value":1,"type":"Long","valueInfo":{"transient":true},"modifications":%1$s,"deletions":["ticketId"],
					"variables":%1$s,"processVariables":%1$s,"processVariablesLocal":%1$s,"localVariables":%1$s,
					"userId":"%2$s","groupId":"queue-billing","retries":0,"duedate":"2020-01-01T00:00:00.000+0000",
					"priority":1,"suspended":true,"includeProcessInstances":true,"includeJobs":true,
					"processInstanceIds":["%3$s"],"processDefinitionId":"%4$s","processDefinitionKey":"ticket",
					"jobIds":["%5$s"],"instructions":[{"type":"startBeforeActivity","activityId":"Task_AutoClose"}],
					"messageName":"Message_FollowUp","businessKey":"%6$s","name":"Message_FollowUp",
					"migrationPlan":{"sourceProcessDefinitionId":"%4$s","targetProcessDefinitionId":"%4$s","instructions":[]},
					"sourceProcessDefinitionId":"%4$s","targetProcessDefinitionId":"%4$s",
					"message":"written from outside","annotation":"x","incidentType":"failedJob","errorCode":"x",
					"escalationCode":"x","historyTimeToLive":1,"skipCustomListeners":true,"skipIoMappings":true}"""
				.formatted(kept, persona, ids.get("process-instance"), ids.get("process-definition"), ids.get("job"),
						pending);
		}

		/** What a refusal must leave as it was. */
		String state() {
			StringBuilder state = new StringBuilder();
			for (String number : List.of(working, pending)) {
				String instance = instance(number);
				state.append(number).append(tickets.history(number).size()).append(tickets.ticket(number).state())
					.append(new TreeMap<>(runtime.getVariables(instance)))
					.append(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().isSuspended());
				management.createJobQuery().processInstanceId(instance).list().forEach(job -> state.append(job.getId())
					.append(job.getDuedate()).append(job.getRetries()).append(job.isSuspended()).append(job.getPriority()));
				tasks.createTaskQuery().processInstanceId(instance).list().forEach(task -> state.append(task.getId())
					.append(task.getAssignee()).append(tasks.getIdentityLinksForTask(task.getId()).size())
					.append(tasks.getTaskComments(task.getId()).size()).append(tasks.getTaskAttachments(task.getId()).size()));
			}
			return state.append(repository.createDeploymentQuery().count())
				.append(repository.createProcessDefinitionQuery().suspended().count())
				.append(management.createBatchQuery().count()).append(runtime.createIncidentQuery().count())
				.append(runtime.createProcessInstanceQuery().count())
				.append(history.createHistoricProcessInstanceQuery().count()).toString();
		}

		private String instance(String number) {
			return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
		}
	}
}
