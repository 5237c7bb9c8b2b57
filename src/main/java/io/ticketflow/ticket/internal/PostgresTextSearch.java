package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.internal.TicketSearch.Match;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
	private static final String MATCHES = """
			select ticket_id, article_id, score from (
			    select distinct on (ticket_id) ticket_id, article_id, score from (
			        (select t.id as ticket_id, cast(null as bigint) as article_id,
			                1 + 2 * ts_rank(%1$s, websearch_to_tsquery('russian', ?)) as score
			         from ticketflow.ticket t where %1$s @@ websearch_to_tsquery('russian', ?) order by t.id desc limit ?)
			        union all
			        (select a.ticket_id, a.id, ts_rank(%2$s, websearch_to_tsquery('russian', ?))
			         from ticketflow.article a where %2$s @@ websearch_to_tsquery('russian', ?) order by a.id desc limit ?)
			    ) hit order by ticket_id, score desc
			) best order by score desc, ticket_id desc limit ?""".formatted(TITLE, ARTICLE);

	private static final String OPTIONS = "StartSel=\"" + TicketSearch.START + "\", StopSel=\"" + TicketSearch.STOP
			+ "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final JdbcTemplate jdbc;

	PostgresTextSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Match> matches(String query, int limit) {
		return jdbc.query(MATCHES, (row, i) -> new Match(row.getLong(1), row.getDouble(3), (Long) row.getObject(2)),
				query, query, limit, query, query, limit, limit);
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
