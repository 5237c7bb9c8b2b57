package io.ticketflow.benchmark;

import io.ticketflow.process.TicketTasks;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open tickets in every step a ticket waits in, made through the application's own use cases as people make them,
 * in two threads: of every twenty, six wait for triage, six were routed to a queue and wait there unclaimed, two
 * are the agent's own (taken on the phone), one waits for a specialist's answer, one for an authorizer, two are
 * pending with a reminder next month, and two hold a trainee's reply for a senior agent to review.
 */
final class OpenTickets {

	static final String TITLE = "Open volume ticket ";

	private static final List<String> CUSTOMERS = List.of("anna@example.com", "boris@example.com", "carla@example.org",
			"dmitry@example.ru");

	private static final List<String> QUEUES = List.of("Support", "Billing", "Sales");

	private final ConfigurableApplicationContext application;

	OpenTickets(ConfigurableApplicationContext application) {
		this.application = application;
	}

	/** How many there are already (a filled database is kept between runs). */
	int count() {
		return application.getBean(JdbcTemplate.class).queryForObject(
				"select count(*) from ticketflow.ticket where title like ?", Integer.class, TITLE + "%");
	}

	/** Opens tickets from the given sequence number on until there are the given number. */
	void fill(int from, int until) throws Exception {
		TicketOpening opening = application.getBean(TicketOpening.class);
		TicketTasks tasks = application.getBean(TicketTasks.class);
		AgentArticles articles = application.getBean(AgentArticles.class);
		inTwoThreads(from, until, 5000, sequence -> open(opening, tasks, articles, sequence));
	}

	/** Does the work for each sequence number in two threads, as two people at once; says how far it got. */
	static void inTwoThreads(int from, int until, int every, IntConsumer work) throws Exception {
		AtomicInteger done = new AtomicInteger(from);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (int i = from; i < until; i++) {
				int sequence = i;
				started.add(pool.submit(() -> {
					work.accept(sequence);
					int count = done.incrementAndGet();
					if (count % every == 0) {
						TicketflowBenchmark.progress(String.format("%,d open tickets", count));
					}
				}));
			}
			for (Future<?> each : started) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void open(TicketOpening opening, TicketTasks tasks, AgentArticles articles, int sequence) {
		String customer = CUSTOMERS.get(sequence % CUSTOMERS.size());
		int priority = 1 + sequence % 5;
		String title = TITLE + sequence;
		int kind = sequence % 20;
		if (kind < 6) {
			opening.open(new OpenTicket(customer, title, TicketTexts.BODY, null, priority, null), "secretary");
			return;
		}
		if (kind < 12) {
			String number = opening.open(new OpenTicket(customer, title, TicketTexts.BODY, null, priority, null),
					"secretary").number();
			tasks.complete(number, "Task_Triage", "secretary", Map.of("triageAction", "route", "queue",
					QUEUES.get(sequence % QUEUES.size()), "priority", priority, "ticketType", "question"));
			return;
		}
		if (kind >= 18) {
			// routed to Support, where the trainee works; the trainee's reply waits for review
			String number = opening.open(new OpenTicket(customer, title, TicketTexts.BODY, "Support", priority, null),
					"secretary").number();
			articles.reply(number, "trainee", "A draft answer to review.");
			return;
		}
		String number = opening.open(new OpenTicket(customer, title, TicketTexts.BODY, "Support", priority, null),
				"agent").number();
		switch (kind) {
			case 14 -> tasks.complete(number, "Task_Work", "agent",
					Map.of("workAction", "consult", "consultant", "specialist", "body", "Do you know this one?"));
			case 15 -> tasks.complete(number, "Task_Work", "agent",
					Map.of("workAction", "authorize", "authorizationRequest", "A refund of 40 EUR?"));
			case 16, 17 -> tasks.complete(number, "Task_Work", "agent", Map.of("workAction", "pending",
					"pendingType", "reminder", "pendingUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
			default -> {
				// 12, 13: the agent's own, being worked
			}
		}
	}
}
