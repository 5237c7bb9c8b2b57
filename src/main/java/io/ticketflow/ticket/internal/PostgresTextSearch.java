package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.internal.TicketSearch.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's full-text search over titles and articles, on the words V24 keeps of each (the configuration 'russian'
 * stems Russian and English words alike), newest first. The query is read as a web search box reads it: words,
 * "a phrase", -excluded, or. A title weighs more than an article; a ticket counts with its best article.
 */
class PostgresTextSearch implements TicketSearch.TextSearch {

	/** The words of an article and of a title, as V24 keeps them. */
	private static final String ARTICLE = "a.search_words";

	private static final String TITLE = "t.title_words";

	/**
	 * The same words as V35's indexes of ids and words name them, for the search along the newest alone: written
	 * otherwise, the planner took those indexes for rare words too, and read all of them.
	 */
	private static final String ARTICLE_ALONG = "(a.search_words || ''::tsvector)";

	private static final String TITLE_ALONG = "(t.title_words || ''::tsvector)";

	/**
	 * Newest first along V35's indexes: nearest to an id larger than any (2^53). The indexes measure the distance as
	 * a double, exact for whole numbers up to 2^53; from the largest long every id was equally far, in no order.
	 */
	private static final String NEWEST_FIRST = " <-> 9007199254740992";

	/**
	 * The query is written into each condition rather than taken from a common table: only a query the planner sees
	 * (it is planned for each search's values, see the postgres profile) lets it weigh the word's frequency. From a
	 * common table it guessed 15,000 matches for a word in a million articles, and read all of them.
	 */
	private static final String TITLES_SELECT = """
			select t.id, 1 + 2 * ts_rank(%s, websearch_to_tsquery('russian', ?)) from ticketflow.ticket t where\s"""
		.formatted(TITLE);

	private static final String ARTICLES_SELECT = """
			select a.ticket_id, a.id, ts_rank(%s, websearch_to_tsquery('russian', ?)) from ticketflow.article a where\s"""
		.formatted(ARTICLE);

	private static final String MATCH = " @@ websearch_to_tsquery('russian', ?) order by ";

	/** The newest matching titles through the index of their words. */
	static final String TITLES = TITLES_SELECT + TITLE + MATCH + "t.id desc limit ?";

	/** The newest matching titles along the newest, in the index of ids and words. */
	static final String TITLES_ALONG = TITLES_SELECT + TITLE_ALONG + MATCH + "t.id" + NEWEST_FIRST + " limit ?";

	static final String ARTICLES = ARTICLES_SELECT + ARTICLE + MATCH + "a.id desc limit ?";

	static final String ARTICLES_ALONG = ARTICLES_SELECT + ARTICLE_ALONG + MATCH + "a.id" + NEWEST_FIRST + " limit ?";

	/** How many rows the planner expects to match, from the words' statistics. */
	private static final String EXPECTED = """
			explain (format json) select 1 from %s where %s @@ websearch_to_tsquery('russian', ?)""";

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

	private static final String OPTIONS = "StartSel=\"" + TicketSearch.START + "\", StopSel=\"" + TicketSearch.STOP
			+ "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final JdbcTemplate jdbc;

	PostgresTextSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest matching titles and the newest matching articles, each ranked; the caller keeps a ticket's best. */
	@Override
	public List<Match> matches(String query, int limit) {
		boolean along = alongTheNewest(expected("ticketflow.ticket t", TITLE, query), limit);
		List<Match> matches = new ArrayList<>(jdbc.query(along ? TITLES_ALONG : TITLES,
				(row, i) -> new Match(row.getLong(1), row.getDouble(2), null), query, query, limit));
		matches.addAll(articles(query, alongTheNewest(expected("ticketflow.article a", ARTICLE, query), limit), limit));
		return matches;
	}

	/**
	 * Whether to look for the words along the newest rows, in the index of ids and words (V35): when the planner
	 * expects them in many more rows than a search keeps. Each row's words are checked there by their signature, so
	 * rows without them are passed over without being read: a word in half of the old mails and in none of the
	 * newest 126,000 took 240 ms along the table and takes 6 ms along that index. A rarer word is found at once
	 * through the index of words, which lists its rows (along the newest, the index would be read to its end).
	 */
	static boolean alongTheNewest(long expected, int limit) {
		return expected > 3L * limit;
	}

	private long expected(String table, String words, String query) {
		Matcher rows = PLAN_ROWS.matcher(jdbc.queryForObject(EXPECTED.formatted(table, words), String.class, query));
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
	}

	/** The newest matching articles, along the newest or through the index of words. */
	List<Match> articles(String query, boolean along, int limit) {
		return jdbc.query(along ? ARTICLES_ALONG : ARTICLES,
				(row, i) -> new Match(row.getLong(1), row.getDouble(3), row.getLong(2)), query, query, limit);
	}

	@Override
	public Map<Long, String> snippets(String query, List<Long> articles, List<Long> titles) {
		Map<Long, String> snippets = new HashMap<>();
		if (!articles.isEmpty()) {
			jdbc.query("select a.ticket_id, ts_headline('russian', coalesce(a.subject, '') || ' ' || a.body, "
					+ "websearch_to_tsquery('russian', ?), ?) from ticketflow.article a where a.id in ("
					+ TicketSearch.placeholders(articles) + ")",
					(row) -> {
						snippets.put(row.getLong(1), row.getString(2));
					}, Stream.concat(Stream.of(query, OPTIONS), articles.stream()).toArray());
		}
		if (!titles.isEmpty()) {
			jdbc.query("select t.id, ts_headline('russian', t.title, websearch_to_tsquery('russian', ?), ?) "
					+ "from ticketflow.ticket t where t.id in (" + TicketSearch.placeholders(titles) + ")",
					(row) -> {
						snippets.put(row.getLong(1), row.getString(2));
					}, Stream.concat(Stream.of(query, OPTIONS), titles.stream()).toArray());
		}
		// a ticket found by its customer or a file's name: nothing of its text was matched
		snippets.values().removeIf(s -> s.indexOf(TicketSearch.START) < 0);
		return snippets;
	}
}
