package io.ticketflow.benchmark;

import io.ticketflow.mail.MailIngestion;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.process.WorkAction;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketState;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast tickets are opened (by an agent, on the phone) and mails taken in (into Support), one after another, on
 * the database as it is: the same on the demo's database and on the full one tells what the volume costs.
 */
final class Rates {

	private static final int COUNT = Integer.getInteger("benchmark.rate-count", 300);

	private Rates() {
	}

	static Map<String, double[]> measure(ConfigurableApplicationContext application) {
		TicketOpening opening = application.getBean(TicketOpening.class);
		MailIngestion ingestion = application.getBean(MailIngestion.class);
		String run = UUID.randomUUID().toString().substring(0, 8);
		// unmeasured first, so that both databases are measured warm
		open(opening, run + "-warm", COUNT / 3);
		ingest(ingestion, run + "-warm", COUNT / 3);
		Map<String, double[]> figures = new LinkedHashMap<>();
		long started = System.nanoTime();
		open(opening, run, COUNT);
		double created = COUNT / ((System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		ingest(ingestion, run, COUNT);
		double ingested = COUNT / ((System.nanoTime() - started) / 1e9);
		figures.put("tickets opened per second (one thread; both columns)", new double[] { created, created });
		figures.put("mails taken in per second (one thread; both columns)", new double[] { ingested, ingested });
		return figures;
	}

	/**
	 * Closes the tickets that earlier runs opened to measure the rates, as the agent: left open, each run put 800 more
	 * open tickets above the 100,000, all newer than them and in Support, and the lists that read the newest tasks
	 * first walked further through them with every run. Returns how many were closed.
	 */
	static int closeEarlier(ConfigurableApplicationContext application) {
		TicketTasks tasks = application.getBean(TicketTasks.class);
		List<String> numbers = application.getBean(JdbcTemplate.class).queryForList("select number from "
				+ "ticketflow.ticket where title like 'Rate %' and state in (?, ?) order by id", String.class,
				TicketState.NEW.name(), TicketState.OPEN.name());
		int closed = 0;
		for (String number : numbers) {
			try {
				tasks.work(number, "agent", WorkAction.CLOSE, Map.of("resolution", "successful"));
				closed++;
			}
			catch (RuntimeException ex) {
				TicketflowBenchmark.progress("could not close " + number + ": " + ex.getMessage());
			}
		}
		return closed;
	}

	private static void open(TicketOpening opening, String run, int count) {
		for (int i = 0; i < count; i++) {
			opening.open(new OpenTicket("boris@example.com", "Rate " + run + " " + i, TicketTexts.BODY, "Support", 3, null),
					"agent");
		}
	}

	private static void ingest(MailIngestion ingestion, String run, int count) {
		for (int i = 0; i < count; i++) {
			String raw = "From: Rate Customer <rate-" + run + "-" + i + "@volume.example>\r\nTo: support@localhost\r\n"
					+ "Subject: Rate " + run + " " + i + "\r\nMessage-ID: <rate." + run + "." + i + "@volume.example>\r\n"
					+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + TicketTexts.BODY + "\r\n";
			ingestion.ingest(raw.getBytes(StandardCharsets.UTF_8), "volume-benchmark", "Support", false);
		}
	}
}
