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
 * stems Russian and English words alike). The query is read as a web search box reads it: words, "a phrase", -excluded,
 * or. A title weighs more than an article; a ticket counts with its best article.
 */
class PostgresTextSearch implements TicketSearch.TextSearch {

	/** The words of an article and of a title, as V24 keeps them. */
	private static final String ARTICLE = "a.search_words";

	private static final String TITLE = "t.title_words";

	/**
	 * The query is written into each condition rather than taken from a common table: only a query the planner sees
	 * (it is planned for each search's values, see the postgres profile) lets it weigh the word's frequency — look
	 * along the newest articles for a common word, through the index for a rare one. From a common table it guessed
	 * 15,000 matches for a word in a million articles, and read all of them.
	 */
	private static final String TITLES = """
			select t.id, 1 + 2 * ts_rank(%s, websearch_to_tsquery('russian', ?)) from ticketflow.ticket t
			where %1$s @@ websearch_to_tsquery('russian', ?) order by t.id desc limit ?""".formatted(TITLE);

	private static final String ARTICLES = """
			select a.ticket_id, a.id, ts_rank(%s, websearch_to_tsquery('russian', ?)) from ticketflow.article a
			where %1$s @@ websearch_to_tsquery('russian', ?) and a.id > ? order by a.id desc limit ?""".formatted(ARTICLE);

	/** How many articles the planner expects to match, from the words' statistics. */
	private static final String EXPECTED = """
			explain (format json) select 1 from ticketflow.article a where %s @@ websearch_to_tsquery('russian', ?)"""
		.formatted(ARTICLE);

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

	/** How many of the newest articles a search for a word of middling frequency looks at first. */
	private static final long RECENT = 300_000;

	private static final String OPTIONS = "StartSel=\"" + TicketSearch.START + "\", StopSel=\"" + TicketSearch.STOP
			+ "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final JdbcTemplate jdbc;

	PostgresTextSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest matching titles and the newest matching articles, each ranked; the caller keeps a ticket's best. */
	@Override
	public List<Match> matches(String query, int limit) {
		List<Match> matches = new ArrayList<>(jdbc.query(TITLES,
				(row, i) -> new Match(row.getLong(1), row.getDouble(2), null), query, query, limit));
		matches.addAll(articles(query, limit));
		return matches;
	}

	/**
	 * The newest matching articles. A word found in, say, one mail of a few hundred is looked for among the newest
	 * articles first: through the index, the planner's choice for it, PostgreSQL would otherwise read every one of its
	 * matches across the years to keep the newest. Common words (along the newest articles) and rare ones (all of
	 * them through the index) are looked for at once.
	 */
	private List<Match> articles(String query, int limit) {
		long newest = jdbc.queryForObject("select coalesce(max(id), 0) from ticketflow.article", Long.class);
		if (newest > RECENT) {
			Matcher rows = PLAN_ROWS.matcher(jdbc.queryForObject(EXPECTED, String.class, query));
			if (recentFirst(newest, rows.find() ? Long.parseLong(rows.group(1)) : 0, limit)) {
				List<Match> recent = articles(query, newest - RECENT, limit);
				if (recent.size() == limit) {
					return recent;
				}
			}
		}
		return articles(query, 0, limit);
	}

	/**
	 * Whether to look among the {@link #RECENT} newest articles first: when there are more articles than that, and the
	 * planner expects the word in more articles than a search keeps but in fewer than one in a hundred — so few that it
	 * would read each of them through the index, so many that the newest hold enough.
	 */
	static boolean recentFirst(long articles, long expected, int limit) {
		return articles > RECENT && expected > 3L * limit && expected < articles / 100;
	}

	/** The newest matching articles with an id above {@code after}. */
	List<Match> articles(String query, long after, int limit) {
		return jdbc.query(ARTICLES, (row, i) -> new Match(row.getLong(1), row.getDouble(3), row.getLong(2)), query,
				query, after, limit);
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
