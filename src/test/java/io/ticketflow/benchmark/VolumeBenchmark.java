package io.ticketflow.benchmark;

import io.ticketflow.TicketflowApplication;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.process.WorkAction;
import io.ticketflow.ticket.AgentArticles;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The agents' lists, search, Tasklist filters, Ticket tab and the dashboard with a busy help desk's open tickets and
 * its years of closed ones: the application on an embedded PostgreSQL 17 whose database holds {@code benchmark.open}
 * open tickets (100,000 by default, see {@link OpenTickets}) and {@code benchmark.closed} closed ones (1,000,000)
 * besides the demo's, against the same calls on a database with the demo's tickets alone, measured in the same run;
 * and the rates of opening tickets and taking mail in on both ({@link Rates}). A command, not a test:
 *
 * <pre>
 * mvn -q -Pbenchmark verify -Dbenchmark.main=io.ticketflow.benchmark.VolumeBenchmark -Dbenchmark.open=100000 -Dbenchmark.closed=1000000
 * </pre>
 *
 * The database lives in {@code benchmark.dir} (data/volume-postgres): the first run fills it (see {@link ClosedTickets}
 * for how), later runs find it filled and only measure; a larger {@code benchmark.closed} adds the difference. Each
 * call is made {@code benchmark.samples} times (40) after a few unmeasured ones, one after another, over HTTP as the
 * agent (or the trainee, who sees Support alone).
 */
public final class VolumeBenchmark {

	private static final String VOLUME = "ticketflow";

	private static final String BASELINE = "baseline";

	private VolumeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long closed = Long.getLong("benchmark.closed", 1_000_000);
		int open = Integer.getInteger("benchmark.open", 100_000);
		Path directory = Path.of(System.getProperty("benchmark.dir", "data/volume-postgres"));
		int samples = Integer.getInteger("benchmark.samples", 40);
		TicketflowBenchmark.quietLogging();
		System.out.printf("Ticketflow volume benchmark: %,d open and %,d closed tickets in %s, %d samples per call%n",
				open, closed, directory.toAbsolutePath(), samples);
		try (EmbeddedDatabase database = EmbeddedDatabase.startIn(directory)) {
			if (!database.exists(VOLUME)) {
				database.createApplicationDatabase(VOLUME);
			}
			if (!database.exists(BASELINE)) {
				database.createApplicationDatabaseAgain(BASELINE);
			}
			System.out.println("... " + database.version() + ", shared_buffers " + database.setting(VOLUME, "shared_buffers"));
			Map<String, double[]> baseline = run(database, BASELINE, 0, 0, samples);
			Map<String, double[]> volume = run(database, VOLUME, open, closed, samples);
			int starts = Integer.getInteger("benchmark.starts", 3);
			Map<String, List<Double>> baselineCounts = new LinkedHashMap<>();
			Map<String, List<Double>> volumeCounts = new LinkedHashMap<>();
			List<double[]> baselineScripted = new ArrayList<>();
			List<double[]> volumeScripted = new ArrayList<>();
			List<double[]> baselineStarts = starts(database, BASELINE, starts, baselineCounts, baselineScripted);
			List<double[]> volumeStarts = starts(database, VOLUME, starts, volumeCounts, volumeScripted);
			long bytes = database.size(VOLUME) - database.size(BASELINE);
			System.out.println();
			System.out.printf("%-70s %21s %21s%n", "call (p50 / p95 ms)", "demo's tickets",
					String.format("+%,d open, %,d closed", open, closed));
			for (String call : volume.keySet()) {
				double[] before = baseline.getOrDefault(call, new double[] { Double.NaN, Double.NaN });
				double[] after = volume.get(call);
				System.out.printf("%-70s %10.1f / %8.1f %10.1f / %8.1f%n", call, before[0], before[1], after[0], after[1]);
			}
			System.out.printf("%nstart-up, java -jar to healthy: seconds / resident MiB then (median, range of %d)%n",
					starts);
			System.out.printf("%-40s %s%n", "demo's tickets", StartupBenchmark.summary(baselineStarts));
			System.out.printf("%-40s %s%n", String.format("+%,d open, %,d closed", open, closed),
					StartupBenchmark.summary(volumeStarts));
			System.out.printf("%nthe same, bin/ticketflow from its class archive (README, Start-up)%n");
			System.out.printf("%-40s %s%n", "demo's tickets", StartupBenchmark.summary(baselineScripted));
			System.out.printf("%-40s %s%n", String.format("+%,d open, %,d closed", open, closed),
					StartupBenchmark.summary(volumeScripted));
			System.out.printf("%nthe agent's first count of each filter after each of these starts (median ms)%n");
			for (String filter : volumeCounts.keySet()) {
				System.out.printf("%-40s %10.1f %10.1f%n", filter, median(baselineCounts.get(filter)),
						median(volumeCounts.get(filter)));
			}
			System.out.printf("%ndatabase: %,d MB with the closed tickets, %,d bytes per closed ticket%n",
					database.size(VOLUME) / 1_000_000, closed == 0 ? 0 : bytes / closed);
		}
	}

	private static Map<String, double[]> run(EmbeddedDatabase database, String name, int open, long closed,
			int samples) throws Exception {
		TicketflowBenchmark.progress("starting the application on the database " + name);
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TicketflowApplication.class)
			.profiles("postgres")
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(ApplicationSide.arguments(database.jdbcUrl(name), EmbeddedDatabase.RUNTIME,
					"--ticketflow.demo.enabled=true", "--ticketflow.mail.schedule=false",
					"--ticketflow.mail.embedded.enabled=true"))) {
			JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
			long english = template(application, jdbc, false);
			long russian = template(application, jdbc, true);
			if (closed > 0) {
				fill(database, name, application, english, russian, closed);
			}
			OpenTickets opened = new OpenTickets(application);
			int have = opened.count();
			if (have < open) {
				TicketflowBenchmark.progress(String.format("opening %,d tickets", open - have));
				long started = System.nanoTime();
				opened.fill(have, open);
				TicketflowBenchmark.progress(String.format("opened in %.0f s; analyzing", (System.nanoTime() - started) / 1e9));
				jdbc.execute("analyze");
			}
			String base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
			if (closed > 0) {
				verifySample(base, jdbc);
			}
			int rateTickets = Rates.closeEarlier(application);
			if (rateTickets > 0) {
				TicketflowBenchmark.progress(String.format("closed the %,d tickets earlier runs opened to measure rates",
						rateTickets));
			}
			TicketflowBenchmark.progress("measuring");
			Map<String, double[]> figures = measure(base, jdbc, samples);
			figures.putAll(EngineViews.measure(application, base, samples));
			figures.putAll(Rates.measure(application));
			return figures;
		}
	}

	/**
	 * Restarts of the packaged jar on the database, as an administrator starts it ({@code java -jar}, the postgres
	 * profile, logging as usual), each measured from the command to a healthy answer; then the agent's first count of
	 * each filter, as Tasklist's sidebar asks after a start, goes into {@code firstCounts}. After each, a start of
	 * {@code bin/ticketflow} (README, "Start-up") with the same arguments goes into {@code scripted}, from the class
	 * archive its first start (not timed) records. Without its job executor and its mail schedule, as the rest of the
	 * benchmark: the starts change no ticket, task or mail.
	 */
	private static List<double[]> starts(EmbeddedDatabase database, String name, int count,
			Map<String, List<Double>> firstCounts, List<double[]> scripted) throws Exception {
		TicketflowBenchmark.progress("starting the packaged application " + count + " times on the database " + name);
		Path folder = Files.createTempDirectory("ticketflow-volume-start");
		List<String> arguments = new ArrayList<>(
				List.of("-jar", StartupBenchmark.jar().toString(), "--spring.profiles.active=postgres"));
		for (String argument : ApplicationSide.arguments(database.jdbcUrl(name), EmbeddedDatabase.RUNTIME,
				"--logging.level.root=info", "--ticketflow.mail.schedule=false",
				"--ticketflow.mail.embedded.enabled=true")) {
			// the port is the one StartupBenchmark gives it
			if (!argument.startsWith("--server.port=")) {
				arguments.add(argument);
			}
		}
		List<String> script = new ArrayList<>(arguments.subList(2, arguments.size()));
		script.add(0, StartupBenchmark.script(folder));
		TicketflowBenchmark.progress("recording the class archive in a first start of bin/ticketflow");
		StartupBenchmark.run(folder, base -> {
		}, script);
		List<double[]> starts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			starts.add(StartupBenchmark.start(folder,
					base -> EngineViews.firstCounts(base, "agent")
						.forEach((filter, ms) -> firstCounts.computeIfAbsent(filter, f -> new ArrayList<>()).add(ms)),
					arguments.toArray(String[]::new)));
			scripted.add(StartupBenchmark.run(folder, base -> {
			}, script));
		}
		return starts;
	}

	private static double median(List<Double> values) {
		if (values == null) {
			return Double.NaN;
		}
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	/**
	 * The template of the bulk tickets of one language: a mail from a customer in the Support queue, answered by the
	 * agent, closed and mailed, as the application does it. Made once per database.
	 */
	private static long template(ConfigurableApplicationContext application, JdbcTemplate jdbc, boolean russian) {
		String address = "volume-template-" + (russian ? "ru" : "en") + "@volume.example";
		List<Long> made = jdbc.queryForList("select t.id from ticketflow.ticket t join ticketflow.customer c on "
				+ "c.id = t.customer_id where c.email = ? and t.title = ?", Long.class, address, ClosedTickets.TITLE);
		if (!made.isEmpty()) {
			return made.get(0);
		}
		String raw = "From: " + (russian ? "Шаблон Клиент" : "Template Customer") + " <" + address + ">\r\n"
				+ "To: support@localhost\r\nSubject: " + ClosedTickets.TITLE + "\r\nMessage-ID: <template." + address + ">\r\n"
				+ (russian ? "Content-Language: ru\r\n" : "") + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ ClosedTickets.MAIL + "\r\n";
		String number = application.getBean(MailIngestion.class)
			.ingest(raw.getBytes(StandardCharsets.UTF_8), "volume-benchmark", "Support", false).ticket();
		application.getBean(AgentArticles.class).reply(number, "agent", ClosedTickets.REPLY);
		application.getBean(TicketTasks.class).work(number, "agent", WorkAction.CLOSE, Map.of("resolution", "successful"));
		application.getBean(OutboxDispatcher.class).dispatchDue(application.getBean(JavaMailSender.class), Instant.now());
		return jdbc.queryForObject("select id from ticketflow.ticket where number = ?", Long.class, number);
	}

	private static void fill(EmbeddedDatabase database, String name, ConfigurableApplicationContext application,
			long english, long russian, long closed) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(name), EmbeddedDatabase.OWNER,
				EmbeddedDatabase.OWNER)) {
			connection.setAutoCommit(false);
			ClosedTickets tickets = new ClosedTickets(connection);
			long have = tickets.count();
			if (have >= closed) {
				TicketflowBenchmark.progress(String.format("%,d closed tickets are there already", have));
				return;
			}
			tickets.customers();
			Map<String, Long> queues = new LinkedHashMap<>();
			for (String queue : List.of("Support", "Billing", "Sales")) {
				queues.put(queue, application.getBean(JdbcTemplate.class)
					.queryForObject("select id from ticketflow.queue where name = ?", Long.class, queue));
			}
			int open = new OpenTickets(application).count();
			if (open > 0) {
				// ids grow with time in a help desk; a search and the lists read the newest first
				TicketflowBenchmark.progress(String.format("warning: the %,d open tickets here came first, so the closed "
						+ "ones get newer ids and articles than theirs, unlike a help desk's; for comparable figures fill "
						+ "an empty directory", open));
			}
			long started = System.nanoTime();
			TicketflowBenchmark.progress(String.format("writing %,d closed tickets", closed - have));
			tickets.fill(english, russian, have, (int) (closed - have), closed, queues,
					Instant.now().minus(Duration.ofDays(30)), new Random(have),
					done -> {
						if (done % 50_000 == 0) {
							TicketflowBenchmark.progress(String.format("%,d written", done));
						}
					});
			TicketflowBenchmark.progress(String.format("written in %.0f s; analyzing", (System.nanoTime() - started) / 1e9));
			connection.setAutoCommit(true);
			try (Statement sql = connection.createStatement()) {
				sql.execute("vacuum analyze");
			}
		}
	}

	/**
	 * The record of the bulk tickets holds as the application checks it: the hash chains of twenty of them, spread over
	 * the years, through the administrators' check.
	 */
	private static void verifySample(String base, JdbcTemplate jdbc) throws Exception {
		List<String> sample = jdbc.queryForList("select number from ticketflow.ticket where substring(number, 9, 2) = '"
				+ ClosedTickets.SYSTEM_ID + "' and id % 50000 = 7 limit 20", String.class);
		HttpClient http = HttpClient.newHttpClient();
		for (String number : sample) {
			HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base
					+ "/api/admin/history-chain?ticket=" + number))
				.header("Authorization", basic("admin"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (report.statusCode() != 200 || !report.body().contains("\"broken\":[]")) {
				throw new IllegalStateException("the record of ticket " + number + " does not hold: " + report.body());
			}
		}
		TicketflowBenchmark.progress("the hash chains of " + sample.size() + " closed tickets hold");
	}

	/** Each call, a few times unmeasured, then {@code samples} times: its median and 95th percentile in ms. */
	private static Map<String, double[]> measure(String base, JdbcTemplate jdbc, int samples) throws Exception {
		String newest = jdbc.queryForList("select number from ticketflow.ticket order by id desc limit 1", String.class)
			.get(0);
		Map<String, String> calls = new LinkedHashMap<>();
		calls.put("search a common word: printer", "q=printer");
		calls.put("search a word in another form: принтера", "q=" + encode("принтера"));
		calls.put("search a word of medium frequency: warranty", "q=warranty");
		calls.put("search a less frequent word: forklift", "q=forklift");
		calls.put("search a rare word: " + VolumeTexts.tail(false, 5000), "q=" + VolumeTexts.tail(false, 5000));
		calls.put("search a word nobody wrote: zzyzx", "q=zzyzx");
		calls.put("search two words: printer toner", "q=" + encode("printer toner"));
		calls.put("search a phrase: \"paper jam\"", "q=" + encode("\"paper jam\""));
		calls.put("search a reference in one mail: ref120000", "q=ref120000");
		calls.put("search a customer's address", "q=" + encode("customer42@volume.example"));
		calls.put("search a ticket's number", "q=" + newest);
		calls.put("search as the trainee (Support only): printer", "trainee q=printer");
		calls.put("list: my queues' active tickets (the queue view)", "myQueues=true&active=true");
		calls.put("list: my queues' tickets, closed ones too", "myQueues=true");
		calls.put("list: closed successfully, page 1", "state=closed_successful");
		calls.put("list: closed successfully, page 200", "state=closed_successful&page=200");
		calls.put("list: queue Billing, closed successfully", "queue=Billing&state=closed_successful");
		calls.put("list: a customer's tickets", "customer=" + encode("customer42@volume.example"));
		calls.put("list: a company's tickets", "company=" + encode("Volume Company 7"));
		calls.put("list: unanswered", "unanswered=true");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (Map.Entry<String, String> call : calls.entrySet()) {
			String query = call.getValue();
			String user = "agent";
			if (query.startsWith("trainee ")) {
				user = "trainee";
				query = query.substring("trainee ".length());
			}
			figures.put(call.getKey(), time(http, base + "/api/tickets?" + query, user, samples));
		}
		figures.put("dashboard", time(http, base + "/api/reports/dashboard", "manager", samples));
		return figures;
	}

	private static double[] time(HttpClient http, String url, String user, int samples) throws Exception {
		return time(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
			.timeout(Duration.ofSeconds(60)).build(), samples);
	}

	/** The request, 3 times unmeasured, then {@code samples} times: its median and 95th percentile in ms. */
	static double[] time(HttpClient http, HttpRequest request, int samples) throws Exception {
		Latencies latencies = new Latencies();
		for (int i = 0; i < samples + 3; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - started;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " "
						+ response.body());
			}
			if (i >= 3) {
				latencies.record(elapsed);
			}
		}
		return new double[] { latencies.percentileMillis(50), latencies.percentileMillis(95) };
	}

	/** The demo login's HTTP Basic header. */
	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
