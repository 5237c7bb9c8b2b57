package io.ticketflow.api;

import io.ticketflow.HelpDesk;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.rights.Actors;
import io.ticketflow.sla.ServiceLevelDefinition;
import io.ticketflow.sla.ServiceLevels;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import io.ticketflow.ticket.TicketQueries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the walk over the API calls into: its own queue (worked by Support's group, so that it leaves the other
 * queues' figures alone), a new ticket for every call, an FAQ entry, a quarantined message; and a fingerprint of
 * everything a call could change.
 */
class WalkFixtures {

	private static final List<String> ENGINE_TABLES = List.of("act_id_group", "act_id_membership", "act_id_user",
			"act_hi_comment", "act_hi_attachment", "act_hi_identitylink", "act_hi_detail", "act_ru_task",
			"act_ru_variable", "act_ru_execution", "act_ru_job");

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	private final HelpDesk desk;

	WalkFixtures(ApplicationContext context, JdbcTemplate jdbc) {
		this.context = context;
		this.jdbc = jdbc;
		this.desk = new HelpDesk(context);
		Queues queues = context.getBean(Queues.class);
		if (!queues.exists("Walk")) {
			queues.create(Actors.SYSTEM, new QueueView("Walk", "queue-support", FollowUpPolicy.REOPEN, null));
		}
		Customers customers = context.getBean(Customers.class);
		if (customers.companyNamed("WalkCo").isEmpty()) {
			customers.register(new NewCustomer("walk-company@example.com", "Walker", "WalkCo"));
		}
		context.getBean(ServiceLevels.class).defineServiceLevel("admin", "Walk",
				new ServiceLevelDefinition(null, 60, null, null, null));
	}

	String pathValue(OpenApiOperation operation, String name) {
		return switch (name) {
			case "number" -> lastTicket = desk.open("Walk");
			case "id" -> operation.path().contains("quarantine") ? String.valueOf(quarantined())
					: operation.path().contains("/articles/") ? String.valueOf(firstArticle(lastTicket))
					: String.valueOf(faqEntry());
			default -> ApiRightsWalkTests.VALUES.getOrDefault(name, "1");
		};
	}

	/** The ticket of the path: an article's id in the same path is one of its articles. */
	private String lastTicket;

	long firstArticle(String number) {
		return context.getBean(TicketQueries.class).articles(number).get(0).id();
	}

	String fill(String text) {
		return text.replace("{customer}", text.contains("{customer}") ? desk.customer() : "")
			.replace("{ticket}", text.contains("{ticket}") ? desk.open("Walk") : "")
			.replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
	}

	long faqEntry() {
		return context.getBean(KnowledgeBase.class)
			.create("agent", new FaqDraft("Walk", "Walk?", "Yes.", null, null, "en", FaqState.INTERNAL)).id();
	}

	long quarantined() {
		byte[] unreadable = ("no mail at all " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		context.getBean(MailIngestion.class).ingest(unreadable, "walk", "Walk", false);
		return jdbc.queryForObject("select max(id) from ticketflow.inbound_mail", Long.class);
	}

	/** One statement that reads the fingerprint, built at a test's first: the walk takes one before and after each refusal. */
	private String fingerprintQuery;

	/** How many rows each table of the help desk and the engine's identity, task and history tables hold, and the last change of each table that keeps one. */
	List<String> fingerprint() {
		if (fingerprintQuery == null) {
			List<String> parts = new ArrayList<>();
			for (String table : jdbc.queryForList("select lower(table_name) from information_schema.tables where "
					+ "lower(table_schema) = 'ticketflow' and table_type like '%TABLE' order by 1", String.class)) {
				parts.add(part(table, "count(*)", "ticketflow." + table));
			}
			for (String table : jdbc.queryForList("select lower(table_name) from information_schema.columns where "
					+ "lower(table_schema) = 'ticketflow' and lower(column_name) = 'changed_at' order by 1", String.class)) {
				parts.add(part(table + ".changed", "max(changed_at)", "ticketflow." + table));
			}
			parts.add(part("faq versions", "sum(current_version)", "ticketflow.faq_entry"));
			for (String table : ENGINE_TABLES) {
				parts.add(part(table, "count(*)", table));
			}
			fingerprintQuery = String.join(" union all ", parts);
		}
		return jdbc.queryForList(fingerprintQuery).stream()
			.map(row -> row.get("what") + "=" + row.get("figure"))
			.sorted()
			.toList();
	}

	private static String part(String what, String figure, String table) {
		return "select '" + what + "' as what, cast(" + figure + " as varchar(64)) as figure from " + table;
	}
}
