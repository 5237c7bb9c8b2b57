package io.ticketflow.benchmark;

import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.HistoryEntry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Closed tickets written in bulk in exactly the shape the application writes them. Tickets the application opened
 * from a customer's mail (one English, one Russian customer), answered, closed and mailed are the templates; each
 * bulk ticket copies the rows of the template of its customer's language — the ticket, its articles, its history,
 * its service-level clock, the mail as received and the mails sent — with its own number, customer, queue, texts and
 * times. Articles and history are chained by the application's own hashing ({@link Article}, {@link HistoryEntry}).
 * The rows go in with COPY; ids come from above what the application's sequences handed out, and the sequences are
 * moved past them. Not copied: the engine's history of the templates' process instances.
 */
final class ClosedTickets {

	/** The system id in the bulk tickets' numbers: valid numbers that the application itself never hands out. */
	static final int SYSTEM_ID = 99;

	static final int CUSTOMERS = 10_000;

	static final int COMPANIES = 500;

	/** The marks in the templates' texts that each bulk ticket replaces with its own. */
	static final String TITLE = "VOLUME-TEMPLATE-TITLE";

	static final String MAIL = "VOLUME-TEMPLATE-MAIL";

	static final String REPLY = "VOLUME-TEMPLATE-REPLY";

	private static final int BATCH = 5_000;

	private static final int DAYS = 3 * 365;

	private final Connection connection;

	private final CopyManager copy;

	private final Map<LocalDate, Integer> counters = new HashMap<>();

	ClosedTickets(Connection connection) throws SQLException {
		this.connection = connection;
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	/** How many bulk tickets the database has. */
	long count() throws SQLException {
		return single("select count(*) from ticketflow.ticket where substring(number, 9, 2) = '" + SYSTEM_ID + "'");
	}

	static String customerEmail(int c) {
		return "customer" + c + "@volume.example";
	}

	static boolean russian(int customer) {
		return customer % 5 < 2;
	}

	static String customerName(int c) {
		return (russian(c) ? "Клиент " : "Customer ") + c;
	}

	/** The bulk customers, made once: {@value #CUSTOMERS} addresses at {@value #COMPANIES} companies, 2 in 5 Russian. */
	void customers() throws Exception {
		if (single("select count(*) from ticketflow.customer where email like 'customer%@volume.example'") > 0) {
			return;
		}
		StringBuilder companies = new StringBuilder();
		Instant registered = Instant.parse("2023-01-01T00:00:00Z");
		for (int c = 0; c < COMPANIES; c++) {
			companies.append(csv("Volume Company " + c, registered, "volume company " + c, false)).append('\n');
		}
		copy.copyIn("copy ticketflow.company (name, created_at, name_key, sensitive) from stdin (format csv)",
				new StringReader(companies.toString()));
		long firstCompany = single("select min(id) from ticketflow.company where name like 'Volume Company %'");
		StringBuilder customers = new StringBuilder();
		for (int c = 0; c < CUSTOMERS; c++) {
			customers.append(csv(customerEmail(c), customerName(c), firstCompany + c % COMPANIES, registered,
					russian(c) ? "ru" : "en", false)).append('\n');
		}
		copy.copyIn("copy ticketflow.customer (email, name, company_id, created_at, language, sensitive) from stdin "
				+ "(format csv)", new StringReader(customers.toString()));
		connection.commit();
	}

	/** The rows of a template ticket, read once. */
	private final class Template {

		final Map<String, Object> ticket;

		final List<Map<String, Object>> articles;

		final List<Map<String, Object>> history;

		final List<Map<String, Object>> clock;

		final List<Map<String, Object>> outbox;

		final List<Map<String, Object>> inbound;

		final String number;

		final String queue;

		final String email;

		final String name;

		final Instant opened;

		/** The template's moments in order: the rows one transaction wrote share one. */
		final List<Instant> moments = new ArrayList<>();

		Template(long id) throws SQLException {
			ticket = rows("select * from ticketflow.ticket where id = " + id).get(0);
			articles = rows("select * from ticketflow.article where ticket_id = " + id + " order by id");
			history = rows("select * from ticketflow.ticket_history where ticket_id = " + id + " order by id");
			clock = rows("select * from ticketflow.ticket_clock where ticket_id = " + id);
			outbox = withoutId(rows("select * from ticketflow.outbox where ticket_id = " + id + " order by id"));
			number = (String) ticket.get("number");
			inbound = withoutId(rows("select * from ticketflow.inbound_mail where ticket_number = '" + number + "'"));
			Map<String, Object> customer = rows("select * from ticketflow.customer where id = "
					+ ticket.get("customer_id")).get(0);
			email = (String) customer.get("email");
			name = (String) customer.get("name");
			queue = (String) rows("select name from ticketflow.queue where id = " + ticket.get("queue_id")).get(0)
				.get("name");
			opened = (Instant) ticket.get("created_at");
			for (List<Map<String, Object>> table : List.of(articles, history)) {
				for (Map<String, Object> row : table) {
					Instant at = (Instant) row.get("created_at");
					if (!moments.contains(at)) {
						moments.add(at);
					}
				}
			}
			moments.sort(null);
			if (articles.isEmpty() || history.isEmpty() || outbox.isEmpty() || inbound.isEmpty()) {
				throw new IllegalStateException("template ticket " + number + " lacks the rows of a mailed ticket");
			}
		}
	}

	/** The rows of the bulk tickets being written, a batch at a time. */
	private final class Batch {

		final Map<String, StringBuilder> rows = new LinkedHashMap<>();

		final Map<String, List<String>> columns = new HashMap<>();

		Batch() {
			// the order their references ask for
			for (String table : List.of("ticket", "article", "ticket_history", "ticket_clock", "outbox", "inbound_mail")) {
				rows.put(table, new StringBuilder());
			}
		}

		void add(String table, Map<String, Object> row) {
			columns.putIfAbsent(table, List.copyOf(row.keySet()));
			rows.computeIfAbsent(table, t -> new StringBuilder()).append(csv(row.values().toArray())).append('\n');
		}

		void write() throws Exception {
			for (Map.Entry<String, StringBuilder> table : rows.entrySet()) {
				if (table.getValue().isEmpty()) {
					continue;
				}
				copy.copyIn("copy ticketflow." + table.getKey() + " (" + String.join(", ", columns.get(table.getKey()))
						+ ") from stdin (format csv)", new StringReader(table.getValue().toString()));
				table.getValue().setLength(0);
			}
			for (String table : new String[] { "ticket", "article", "ticket_history" }) {
				execute("select setval('ticketflow." + table + "_seq', (select max(id) from ticketflow." + table
						+ ") + 1000)");
			}
			connection.commit();
		}
	}

	/**
	 * Writes the bulk tickets {@code first} to {@code first + count - 1} of {@code total}, spread evenly over the three
	 * years before {@code end}, the newest last; an earlier run's tickets stay and this one goes on after them.
	 */
	void fill(long englishTemplate, long russianTemplate, long first, int count, long total, Map<String, Long> queues,
			Instant end, Random random, LongConsumer progress) throws Exception {
		Template english = new Template(englishTemplate);
		Template russian = new Template(russianTemplate);
		Map<Integer, Long> customerIds = customerIds();
		VolumeTexts texts = new VolumeTexts(random);
		List<String> queueNames = List.copyOf(queues.keySet());
		long[] ids = { above("ticket"), above("article"), above("ticket_history") };
		readCounters();
		Batch batch = new Batch();
		for (int i = 0; i < count; i++) {
			long sequence = first + i;
			Instant at = end.minus(Duration.ofDays(DAYS))
				.plusSeconds((long) ((double) sequence / total * DAYS * 86_400)).truncatedTo(ChronoUnit.SECONDS);
			int c = (int) (sequence % CUSTOMERS);
			Template template = russian(c) ? russian : english;
			String title = texts.words(russian(c), texts.between(3, 6));
			title = Character.toUpperCase(title.charAt(0)) + title.substring(1, title.length() - 1);
			String mail = texts.words(russian(c), texts.between(25, 60)) + (sequence % 1000 == 0 ? " ref" + sequence : "");
			copyTicket(batch, template, ids, at, title, mail, texts.words(russian(c), texts.between(15, 40)),
					queueNames.get((int) (sequence % queueNames.size())), queues, c, customerIds.get(c),
					1 + (int) (sequence % 5), 60L * texts.between(5, 600));
			if ((i + 1) % BATCH == 0 || i == count - 1) {
				batch.write();
				progress.accept(i + 1);
			}
		}
	}

	private void copyTicket(Batch batch, Template template, long[] ids, Instant at, String title, String mail,
			String reply, String queue, Map<String, Long> queues, int c, long customerId, int priority, long step) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
		String number = TicketNumber.of(day, SYSTEM_ID, counters.merge(day, 1, Integer::sum)).value();
		long id = ids[0]++;
		Map<String, String> replace = new LinkedHashMap<>();
		Map<String, String> messageIds = new LinkedHashMap<>();
		for (Map<String, Object> row : template.articles) {
			if (row.get("message_id") instanceof String messageId) {
				messageIds.put(messageId, "<" + number + "." + messageIds.size() + "@volume.example>");
			}
		}
		replace.putAll(messageIds); // first: a message id may carry any of the words below
		replace.put(template.number, number);
		replace.put(TITLE, title);
		replace.put(MAIL, mail);
		replace.put(REPLY, reply);
		replace.put(template.email, customerEmail(c));
		replace.put(template.name, customerName(c));
		replace.put("queue " + template.queue, "queue " + queue);
		Map<Object, Long> articleIds = new HashMap<>();
		String articleHead = null;
		Instant last = at;
		for (Map<String, Object> original : template.articles) {
			Map<String, Object> row = substituted(original, replace, template, at, step);
			Instant when = (Instant) row.get("created_at");
			last = when.isAfter(last) ? when : last;
			Article article = new Article(draft(row), id, when, articleHead);
			articleHead = article.hash();
			articleIds.put(original.get("id"), ids[1]);
			row.put("id", ids[1]++);
			row.put("ticket_id", id);
			row.put("previous_hash", article.previousHash());
			row.put("hash", article.hash());
			batch.add("article", row);
		}
		String historyHead = null;
		for (Map<String, Object> original : template.history) {
			Map<String, Object> row = substituted(original, replace, template, at, step);
			Instant when = (Instant) row.get("created_at");
			last = when.isAfter(last) ? when : last;
			HistoryEntry entry = new HistoryEntry(id, HistoryType.valueOf((String) row.get("type")),
					(String) row.get("actor"), (String) row.get("detail"), when, historyHead);
			historyHead = entry.hash();
			row.put("id", ids[2]++);
			row.put("ticket_id", id);
			row.put("previous_hash", entry.previousHash());
			row.put("hash", entry.hash());
			batch.add("ticket_history", row);
		}
		Map<String, Object> ticket = new LinkedHashMap<>(template.ticket);
		ticket.put("id", id);
		ticket.put("number", number);
		ticket.put("title", title);
		ticket.put("priority", priority);
		ticket.put("queue_id", queues.get(queue));
		ticket.put("customer_id", customerId);
		ticket.put("created_at", at);
		ticket.put("changed_at", last);
		ticket.put("article_head", articleHead);
		ticket.put("history_head", historyHead);
		batch.add("ticket", ticket);
		for (Map<String, Object> original : template.clock) {
			Map<String, Object> row = substituted(original, replace, template, at, step);
			row.put("ticket_id", id);
			if (template.queue.equals(row.get("queue"))) {
				row.put("queue", queue);
			}
			batch.add("ticket_clock", row);
		}
		for (Map<String, Object> original : template.outbox) {
			Map<String, Object> row = substituted(original, replace, template, at, step);
			row.put("ticket_id", id);
			row.put("article_id", articleIds.get(original.get("article_id")));
			batch.add("outbox", row);
		}
		for (Map<String, Object> original : template.inbound) {
			Map<String, Object> row = substituted(original, replace, template, at, step);
			byte[] raw = substitute(new String((byte[]) original.get("raw"), StandardCharsets.UTF_8), replace)
				.getBytes(StandardCharsets.UTF_8);
			row.put("raw", raw);
			row.put("size_bytes", (long) raw.length);
			row.put("sha256", sha256(raw));
			batch.add("inbound_mail", row);
		}
	}

	/**
	 * A copy of a template row for the bulk ticket: its texts with the ticket's own words, its moments moved to the
	 * ticket's time (the template's steps a few minutes to hours apart), other times kept as far from the opening.
	 */
	private static Map<String, Object> substituted(Map<String, Object> original, Map<String, String> replace,
			Template template, Instant at, long step) {
		Map<String, Object> row = new LinkedHashMap<>(original);
		row.replaceAll((column, value) -> {
			if (value instanceof String text) {
				return substitute(text, replace);
			}
			if (value instanceof Instant time) {
				int moment = template.moments.indexOf(time);
				return moment >= 0 ? at.plusSeconds(step * moment)
						: at.plus(Duration.between(template.opened, time)).truncatedTo(ChronoUnit.SECONDS);
			}
			return value;
		});
		return row;
	}

	/** The article as the application would write it, from a row of the article table. */
	private static ArticleDraft draft(Map<String, Object> row) {
		return new ArticleDraft(SenderType.valueOf((String) row.get("sender_type")),
				Channel.valueOf((String) row.get("channel")), (Boolean) row.get("visible_for_customer"),
				(String) row.get("author"), (String) row.get("from_address"), (String) row.get("to_address"),
				(String) row.get("cc_address"), (String) row.get("subject"), (String) row.get("body"),
				(String) row.get("body_html"), (String) row.get("message_id"), (String) row.get("in_reply_to"),
				(String) row.get("references_header"), List.of(), (String) row.get("entered_by"),
				(String) row.get("reviewed_by"));
	}

	private static String substitute(String text, Map<String, String> replace) {
		for (Map.Entry<String, String> each : replace.entrySet()) {
			text = text.replace(each.getKey(), each.getValue());
		}
		return text;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The daily counters of bulk tickets an earlier run wrote: this run goes on after them. */
	private void readCounters() throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select substring(number, 1, 8), max(cast(substring(number, 11, 5) "
						+ "as integer)) from ticketflow.ticket where substring(number, 9, 2) = '" + SYSTEM_ID
						+ "' group by 1")) {
			while (rows.next()) {
				counters.put(LocalDate.parse(rows.getString(1), DateTimeFormatter.BASIC_ISO_DATE), rows.getInt(2));
			}
		}
	}

	private Map<Integer, Long> customerIds() throws SQLException {
		Map<Integer, Long> ids = new HashMap<>();
		try (Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select email, id from ticketflow.customer where email like "
						+ "'customer%@volume.example'")) {
			while (rows.next()) {
				String email = rows.getString(1);
				ids.put(Integer.parseInt(email.substring("customer".length(), email.indexOf('@'))), rows.getLong(2));
			}
		}
		return ids;
	}

	/** An id above everything the table and its sequence handed out. */
	private long above(String table) throws SQLException {
		return Math.max(single("select coalesce(max(id), 0) from ticketflow." + table),
				single("select last_value from ticketflow." + table + "_seq")) + 1000;
	}

	private static List<Map<String, Object>> withoutId(List<Map<String, Object>> rows) {
		rows.forEach(row -> row.remove("id")); // the table's identity hands out the copy's
		return rows;
	}

	private List<Map<String, Object>> rows(String query) throws SQLException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
			ResultSetMetaData meta = result.getMetaData();
			while (result.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					if (generated().contains(meta.getColumnName(i))) {
						continue; // the database computes it
					}
					Object value = result.getObject(i);
					row.put(meta.getColumnName(i), value instanceof Timestamp time ? time.toInstant()
							: value instanceof OffsetDateTime time ? time.toInstant() : value);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private java.util.Set<String> generated;

	/** The columns of the help desk's tables that the database computes (V24's words): a copy leaves them out. */
	private java.util.Set<String> generated() throws SQLException {
		if (generated == null) {
			generated = new java.util.HashSet<>();
			try (Statement sql = connection.createStatement();
					ResultSet rows = sql.executeQuery("select column_name from information_schema.columns where "
							+ "table_schema = 'ticketflow' and is_generated = 'ALWAYS'")) {
				while (rows.next()) {
					generated.add(rows.getString(1));
				}
			}
		}
		return generated;
	}

	private long single(String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	private void execute(String statement) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	/** One CSV line: null unquoted (NULL to COPY), everything else quoted; bytes as PostgreSQL's hex. */
	private static String csv(Object... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = values[i];
			if (value == null) {
				continue;
			}
			String text = value instanceof Boolean b ? (b ? "t" : "f")
					: value instanceof byte[] bytes ? "\\x" + HexFormat.of().formatHex(bytes) : value.toString();
			line.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		return line.toString();
	}
}
