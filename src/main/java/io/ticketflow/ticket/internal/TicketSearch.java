package io.ticketflow.ticket.internal;

import io.ticketflow.customer.Customers;
import io.ticketflow.shared.Databases;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds tickets by what a person remembers of them: the number, the customer's address, name or company, words of
 * the title or of any article (subject and body), the name of an attached file. Words are matched by the database's
 * full-text search where there is one (PostgreSQL), by their stems elsewhere (H2); every word of the query must be
 * in one title or one article. Best matches first, at most {@link #CANDIDATES} of them.
 */
@Component
public class TicketSearch {

	/** How many of the best matches a search looks at before the list's own filters and order apply. */
	public static final int CANDIDATES = 1000;

	/** Around the matched words of a snippet, until it is made HTML. */
	static final char START = '\u0002';

	static final char STOP = '\u0003';

	private static final double NUMBER = 100;

	private static final double CUSTOMER = 0.8;

	private static final double FILE_NAME = 0.5;

	private static final int CUSTOMERS = 200;

	private final JdbcTemplate jdbc;

	private final Customers customers;

	private final TextSearch text;

	TicketSearch(JdbcTemplate jdbc, DataSource dataSource, Customers customers) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.text = Databases.isPostgres(dataSource) ? new PostgresTextSearch(jdbc) : new PortableTextSearch(jdbc);
	}

	/**
	 * A ticket that matches, how well, and the article that matches best (null: the ticket matched by its number,
	 * customer or title).
	 */
	public record Match(long ticketId, double score, Long articleId) {
	}

	/** The best matches first, then the newest. */
	public List<Match> matches(String query) {
		Map<Long, Match> best = new HashMap<>();
		jdbc.queryForList("select id from ticketflow.ticket where number = ?", Long.class, query.strip())
			.forEach(id -> keep(best, new Match(id, NUMBER, null)));
		for (Match match : text.matches(query, CANDIDATES)) {
			keep(best, match);
		}
		if (query.strip().length() >= 3) {
			List<Long> customerIds = customers.idsMatching(query, CUSTOMERS);
			if (!customerIds.isEmpty()) {
				jdbc.queryForList("select id from ticketflow.ticket where customer_id in (" + placeholders(customerIds)
						+ ") order by id desc limit " + CANDIDATES, Long.class, customerIds.toArray())
					.forEach(id -> keep(best, new Match(id, CUSTOMER, null)));
			}
			jdbc.query("select a.ticket_id, a.id from ticketflow.attachment f join ticketflow.article a on a.id = f.article_id "
					+ "where lower(f.filename) like ? escape '\\' order by a.id desc limit " + CANDIDATES,
					(row, i) -> new Match(row.getLong(1), FILE_NAME, row.getLong(2)), Databases.containing(query))
				.forEach(match -> keep(best, match));
		}
		return best.values().stream()
			.sorted(Comparator.comparingDouble(Match::score).reversed()
				.thenComparing(Comparator.comparingLong(Match::ticketId).reversed()))
			.limit(CANDIDATES)
			.toList();
	}

	private static void keep(Map<Long, Match> best, Match match) {
		best.merge(match.ticketId(), match, (known, found) -> found.score() > known.score() ? found : known);
	}

	/**
	 * The matched words of each ticket in their context, by ticket id: HTML-escaped text in which each matched word is
	 * a {@code <mark>}. A ticket found by its number or its customer has none.
	 */
	public Map<Long, String> snippets(String query, Collection<Match> matches) {
		List<Long> articles = matches.stream().map(Match::articleId).filter(Objects::nonNull).toList();
		List<Long> titles = matches.stream().filter(m -> m.articleId() == null).map(Match::ticketId).toList();
		return text.snippets(query, articles, titles).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> html(e.getValue())));
	}

	static String html(String marked) {
		return HtmlUtils.htmlEscape(marked).replace(String.valueOf(START), "<mark>").replace(String.valueOf(STOP), "</mark>");
	}

	static String placeholders(Collection<?> values) {
		return values.stream().map(v -> "?").collect(Collectors.joining(", "));
	}

	/** The words of a query found in titles and articles, and shown in their context. */
	interface TextSearch {

		List<Match> matches(String query, int limit);

		/**
		 * By ticket id: the text around the matched words, each between {@link #START} and {@link #STOP}, from the
		 * articles given, and from the titles of the tickets given (those found by their title, number or customer).
		 */
		Map<Long, String> snippets(String query, List<Long> articles, List<Long> titles);
	}
}
