package io.ticketflow.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Mail ingestion end to end: mails in the IMAP mailbox of the embedded GreenMail server become tickets on an
 * embedded PostgreSQL server that commits durably (synchronous_commit and fsync on), through the application's own
 * {@link io.ticketflow.mail.internal.MailboxPoller}. In the same run the bare Camunda engine starts as many ticket
 * processes on a database of its own, for comparison. A command, not a test:
 *
 * <pre>
 * mvn -q -Pbenchmark verify -Dbenchmark.main=io.ticketflow.benchmark.MailBenchmark -Dbenchmark.mails=300
 * </pre>
 *
 * Further settings are {@code benchmark.rounds} (5), {@code benchmark.warmup} (500) and {@code benchmark.customers}
 * (5 sender addresses). It prints mails per second (mails / wall time of the poll), the p50 and p95 from fetch to
 * committed ticket, the bare engine's start rate and the ratio, each the median over the rounds.
 */
public final class MailBenchmark {

	private static final String APPLICATION_DATABASE = "ticketflow";

	private static final String BARE_DATABASE = "bare";

	private static final String ROW = "%-40s %14s %12s %10s%n";

	private static final double GOAL = 100;

	private MailBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MailBenchmarkSettings settings = MailBenchmarkSettings.fromSystemProperties();
		TicketflowBenchmark.quietLogging();
		System.out.printf("Ticketflow mail benchmark: %d mails per round, %d rounds, %d warm-up mails, "
				+ "%d customers%n", settings.mails(), settings.rounds(), settings.warmup(), settings.customers());
		try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
			database.createApplicationDatabase(APPLICATION_DATABASE);
			database.createDatabase(BARE_DATABASE);
			List<MailRound> rounds = new ArrayList<>();
			TicketflowBenchmark.progress("starting the application with its embedded mail server");
			try (MailSide mail = MailSide.start(database.jdbcUrl(APPLICATION_DATABASE), EmbeddedDatabase.RUNTIME,
					settings.customers())) {
				TicketflowBenchmark.progress("starting the bare engine");
				try (BareEngineSide bare = BareEngineSide.start(database.jdbcUrl(BARE_DATABASE),
						EmbeddedDatabase.USER)) {
					if (settings.warmup() > 0) {
						TicketflowBenchmark.progress("warming up: " + settings.warmup() + " mails, "
								+ settings.warmup() + " bare starts");
						ingest(mail, settings.warmup());
						start(bare, settings.warmup(), new Latencies());
					}
					for (int round = 1; round <= settings.rounds(); round++) {
						boolean mailFirst = round % 2 == 1;
						TicketflowBenchmark.progress("round " + round + " of " + settings.rounds() + ", "
								+ (mailFirst ? "mail first" : "bare engine first"));
						rounds.add(round(mail, bare, settings.mails(), mailFirst));
					}
				}
				mail.check(settings.total());
			}
			System.out.println();
			Environment.machine(System.out, database, APPLICATION_DATABASE, BARE_DATABASE);
			describe(System.out, settings);
			System.out.println();
			report(System.out, rounds);
			TicketflowBenchmark.quietLogging();
		}
	}

	private static MailRound round(MailSide mail, BareEngineSide bare, int mails, boolean mailFirst)
			throws Exception {
		MailSide.Poll poll = null;
		long bareNanos = 0;
		Latencies bareStarts = new Latencies();
		for (int part = 0; part < 2; part++) {
			if ((part == 0) == mailFirst) {
				poll = ingest(mail, mails);
			}
			else {
				bareNanos = start(bare, mails, bareStarts);
			}
		}
		return new MailRound(mails, poll, bareNanos, bareStarts);
	}

	/** Fills the mailbox (not timed), then one timed poll takes all of it. */
	private static MailSide.Poll ingest(MailSide mail, int mails) throws Exception {
		mail.fill(mails);
		System.gc();
		return mail.poll(mails);
	}

	private static long start(BareEngineSide bare, int count, Latencies latencies) {
		System.gc();
		long begin = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			bare.open(i);
			latencies.record(System.nanoTime() - start);
		}
		return System.nanoTime() - begin;
	}

	private static void describe(PrintStream out, MailBenchmarkSettings settings) {
		out.printf("workload:  per round %d new plain mails from %d customers (distinct Message-IDs) sent by SMTP"
				+ "%n           into support@localhost of the embedded GreenMail server (not timed), then one call"
				+ "%n           of MailboxPoller.poll for the embedded account: IMAP fetch, parse, raw message kept,"
				+ "%n           ticket and process start, auto-response into the outbox, commit, delete on the"
				+ "%n           server; mails/s = mails / wall time of that poll (GreenMail runs in the same JVM)"
				+ "%n           bare engine: as many starts of the ticket process, one after the other"
				+ "%n           %d warm-up mails and starts first, not counted; %d rounds, mail first in odd rounds,"
				+ "%n           the bare engine first in even ones; figures are medians over the rounds%n",
				settings.mails(), settings.customers(), settings.warmup(), settings.rounds());
		out.println("timing:    a class proxy around the MailIngestion bean, added by an initializer of the"
				+ "\n           benchmark's application context (no hooks in the application), records per message"
				+ "\n           ingest = the MailIngestion.ingest call (parse -> committed ticket); the poller fetches"
				+ "\n           each chunk of 50 messages with one IMAP request and takes independent senders in"
				+ "\n           parallel, so a message's fetch -> commit time is its ingest time plus its share of"
				+ "\n           one chunk fetch (included in mails/s, which is the poll's wall time)");
		out.println("sides:     application = Spring Boot application, profile postgres, authorization on, job"
				+ "\n           executor and mail schedule off, auto-response daily limit lifted; bare engine ="
				+ "\n           StandaloneProcessEngineConfiguration, same BPMN and forms, no-op delegates,"
				+ "\n           authorization on, history full, job executor off");
	}

	private static void report(PrintStream out, List<MailRound> rounds) {
		out.printf(ROW, "", "mail ingestion", "bare engine", "mail/bare");
		row(out, rounds, "mails/s | starts/s", MailRound::mailsPerSecond, MailRound::startsPerSecond, 1);
		for (int percentile : new int[] { 50, 95 }) {
			row(out, rounds, "ingest -> commit | start p" + percentile + " ms",
					r -> r.poll().lap().ingest().percentileMillis(percentile),
					r -> r.bareStarts().percentileMillis(percentile), 2);
		}
		out.println();
		out.println("rounds (mails/s, bare starts/s, mail/bare, ingest -> commit p95 ms):");
		for (int i = 0; i < rounds.size(); i++) {
			MailRound r = rounds.get(i);
			out.printf(Locale.ROOT, "  #%d  %.1f, %.1f, %.2f, %.2f%n", i + 1, r.mailsPerSecond(),
					r.startsPerSecond(), r.mailsPerSecond() / r.startsPerSecond(),
					r.poll().lap().ingest().percentileMillis(95));
		}
		out.println();
		double rate = Report.median(rounds, MailRound::mailsPerSecond);
		int processors = Runtime.getRuntime().availableProcessors();
		out.printf(Locale.ROOT, "goal: >= %.0f mails/s end to end on 2 cores: %.1f mails/s on %d processors, %s%n",
				GOAL, rate, processors, rate >= GOAL ? "met" : "NOT met");
	}

	private static void row(PrintStream out, List<MailRound> rounds, String label, ToDoubleFunction<MailRound> mail,
			ToDoubleFunction<MailRound> bare, int decimals) {
		double m = Report.median(rounds, mail);
		double b = Report.median(rounds, bare);
		out.printf(ROW, label, format(m, decimals), format(b, decimals), format(m / b, 2));
	}

	private static String format(double value, int decimals) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
