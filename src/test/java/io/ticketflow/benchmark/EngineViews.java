package io.ticketflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Tasklist asks the engine for, as each persona: every filter's count and its first page (as Tasklist asks it,
 * HAL with the count), and what opening a ticket of 300 articles asks: the task's form variables and the Ticket tab's
 * calls; and the FAQ search.
 */
final class EngineViews {

	static final String LONG_TICKET = "Volume ticket of 300 articles";

	private static final List<String> PERSONAS = List.of("agent", "secretary", "trainee", "observer");

	/** What Tasklist asks of a filter's first page (its scripts: {@code taskListQuery}). */
	private static final String TASKLIST_LIST = "{\"processVariables\":[],\"taskVariables\":[],"
			+ "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
			+ "\"active\":true}";

	/** What the Tasklist plugin asks of a filter's count (its {@code countFilters}). */
	private static final String ACTIVE = "{\"active\":true}";

	private EngineViews() {
	}

	/** One call's time in ms, as a median and a 95th percentile of one. */
	private static double[] once(HttpClient http, HttpRequest request) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		double millis = (System.nanoTime() - started) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
		}
		return new double[] { millis, millis };
	}

	/**
	 * The person's first count of each filter, in ms, as Tasklist's sidebar asks right after a start: the engine's,
	 * or the last count from before the start where one is remembered (KeptFilterCounts).
	 */
	static Map<String, Double> firstCounts(String base, String persona) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, Double> counts = new LinkedHashMap<>();
		for (JsonNode filter : new ObjectMapper()
			.readTree(get(http, base + "/engine-rest/filter?resourceType=Task", persona).body())) {
			counts.put(filter.get("name").asText(), once(http, count(base, filter.get("id").asText(), persona))[0]);
		}
		return counts;
	}

	/** How long after now, in ms, the node has no count left to count again in the background. */
	private static double[] countedAgain(ConfigurableApplicationContext application) {
		long started = System.nanoTime();
		Gauge counting = application.getBean(MeterRegistry.class).get("ticketflow.tasklist.counts.counting").gauge();
		Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
			.until(() -> counting.value() == 0);
		double millis = (System.nanoTime() - started) / 1e6;
		return new double[] { millis, millis };
	}

	/** As the Tasklist plugin counts the sidebar's filters: the active tasks, as the list lists them. */
	private static HttpRequest count(String base, String filter, String persona) {
		return request(base + "/engine-rest/filter/" + filter + "/count", persona)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ACTIVE)).build();
	}

	static Map<String, double[]> measure(ConfigurableApplicationContext application, String base, int samples)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ObjectMapper json = new ObjectMapper();
		int engineSamples = Math.max(10, samples / 4);
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (String persona : PERSONAS) {
			JsonNode filters = json.readTree(get(http, base + "/engine-rest/filter?resourceType=Task", persona).body());
			// as the sidebar asks once the person signed in: the first count after the start is the engine's, or one
			// remembered from before it and counted again in the background; later ones, and the list's, are kept
			for (JsonNode filter : filters) {
				figures.put("Tasklist " + persona + ": " + filter.get("name").asText() + ", the first count",
						once(http, count(base, filter.get("id").asText(), persona)));
			}
			figures.put("Tasklist " + persona + ": the first counts, all counted again after", countedAgain(application));
			for (JsonNode filter : filters) {
				String id = filter.get("id").asText();
				String name = filter.get("name").asText();
				HttpRequest count = count(base, id, persona);
				figures.put("Tasklist " + persona + ": " + name + ", count", VolumeBenchmark.time(http, count,
						engineSamples));
				HttpRequest list = request(base + "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
						persona)
					.header("Accept", "application/hal+json").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(TASKLIST_LIST)).build();
				figures.put("Tasklist " + persona + ": " + name + ", the first list of 15 with count", once(http, list));
				figures.put("Tasklist " + persona + ": " + name + ", first 15 with count", VolumeBenchmark.time(http,
						list, engineSamples));
			}
		}
		String number = longTicket(application);
		String task = application.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(number)
			.singleResult().getId();
		Map<String, String> calls = new LinkedHashMap<>();
		calls.put("task form variables (300 articles)", "/engine-rest/task/" + task + "/form-variables");
		calls.put("Ticket tab: the task's ticket", "/api/tasks/" + task + "/ticket");
		calls.put("Ticket tab: the ticket", "/api/tickets/" + number);
		calls.put("Ticket tab: newest 25 of 300 articles", "/api/tickets/" + number + "/articles?page=0&size=25");
		calls.put("Ticket tab: history", "/api/tickets/" + number + "/history");
		calls.put("Ticket tab: process history", "/api/tickets/" + number + "/process-history");
		calls.put("Ticket tab: reply draft", "/api/tickets/" + number + "/articles/reply-draft");
		calls.put("FAQ search: printer", "/api/faq?q=printer");
		calls.put("FAQ search: " + "пароль", "/api/faq?q=" + URLEncoder.encode("пароль", StandardCharsets.UTF_8));
		for (Map.Entry<String, String> call : calls.entrySet()) {
			figures.put(call.getKey(), VolumeBenchmark.time(http, request(base + call.getValue(), "agent").build(), samples));
		}
		return figures;
	}

	/** The agent's ticket of 300 articles: the customer's mail and 299 notes. Made once per database. */
	private static String longTicket(ConfigurableApplicationContext application) {
		JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
		List<String> made = jdbc.queryForList("select number from ticketflow.ticket where title = ?", String.class,
				LONG_TICKET);
		if (!made.isEmpty()) {
			return made.get(0);
		}
		String number = application.getBean(TicketOpening.class)
			.open(new OpenTicket("anna@example.com", LONG_TICKET, TicketTexts.BODY, "Support", 3, null), "agent")
			.number();
		AgentArticles articles = application.getBean(AgentArticles.class);
		for (int i = 1; i < 300; i++) {
			articles.note(number, "agent", "Note " + i + " on the long ticket. " + TicketTexts.BODY);
		}
		return number;
	}

	private static HttpResponse<String> get(HttpClient http, String url, String user) throws Exception {
		return http.send(request(url, user).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String url, String user) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", VolumeBenchmark.basic(user))
			.timeout(Duration.ofSeconds(120));
	}
}
