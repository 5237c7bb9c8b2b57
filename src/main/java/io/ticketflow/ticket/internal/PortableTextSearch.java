package io.ticketflow.ticket.internal;

import io.ticketflow.shared.Databases;
import io.ticketflow.shared.Words;
import io.ticketflow.ticket.internal.TicketSearch.Match;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search of the embedded default (H2), in the spirit of PostgreSQL's: each word of the query is cut to its stem
 * ({@link Words#stems}) and must be in the title or in one article; a title weighs more than an article, a newer
 * article more than an older one.
 */
class PortableTextSearch implements TicketSearch.TextSearch {

	private static final String ARTICLE = "lower(coalesce(a.subject, '') || ' ' || a.body)";

	/** How many characters of context a snippet shows before and after the first matched word. */
	private static final int BEFORE = 60;

	private static final int AFTER = 160;

	private final JdbcTemplate jdbc;

	PortableTextSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Match> matches(String query, int limit) {
		Set<String> stems = Words.stems(query);
		if (stems.isEmpty()) {
			return List.of();
		}
		Object[] patterns = stems.stream().map(Databases::containing).toArray();
		List<Match> found = new ArrayList<>();
		found.addAll(jdbc.query("select t.id from ticketflow.ticket t where " + all("lower(t.title)", stems.size())
				+ " order by t.id desc limit " + limit, (row, i) -> new Match(row.getLong(1), 3, null), patterns));
		found.addAll(jdbc.query("select a.ticket_id, a.id from ticketflow.article a where " + all(ARTICLE, stems.size())
				+ " order by a.id desc limit " + limit, (row, i) -> new Match(row.getLong(1), 1, row.getLong(2)), patterns));
		return found;
	}

	private static String all(String column, int words) {
		return String.join(" and ", Collections.nCopies(words, column + " like ? escape '\\'"));
	}

	@Override
	public Map<Long, String> snippets(String query, List<Long> articles, List<Long> titles) {
		Set<String> stems = Words.stems(query);
		Map<Long, String> texts = new HashMap<>();
		if (!articles.isEmpty()) {
			jdbc.query("select a.ticket_id, coalesce(a.subject, '') || ' ' || a.body from ticketflow.article a where a.id in ("
					+ TicketSearch.placeholders(articles) + ")", (row) -> {
						texts.put(row.getLong(1), row.getString(2));
					}, articles.toArray());
		}
		if (!titles.isEmpty()) {
			jdbc.query("select t.id, t.title from ticketflow.ticket t where t.id in (" + TicketSearch.placeholders(titles)
					+ ")", (row) -> {
						texts.put(row.getLong(1), row.getString(2));
					}, titles.toArray());
		}
		Map<Long, String> snippets = new HashMap<>();
		texts.forEach((ticket, text) -> snippet(text, stems).ifPresent(s -> snippets.put(ticket, s)));
		return snippets;
	}

	/** The text around the first matched word, every word that starts with a stem of the query marked. */
	static Optional<String> snippet(String text, Set<String> stems) {
		if (stems.isEmpty()) {
			return Optional.empty();
		}
		Pattern words = Pattern.compile("[\\p{L}\\p{N}]*(?:" + stems.stream().map(Pattern::quote)
			.collect(Collectors.joining("|")) + ")[\\p{L}\\p{N}]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		String flat = text.replaceAll("\\s+", " ").strip();
		Matcher first = words.matcher(flat);
		if (!first.find()) {
			return Optional.empty();
		}
		int from = Math.max(0, first.start() - BEFORE);
		int to = Math.min(flat.length(), first.end() + AFTER);
		while (from > 0 && flat.charAt(from - 1) != ' ') {
			from++;
		}
		while (to < flat.length() && flat.charAt(to) != ' ' && to > first.end()) {
			to--;
		}
		String window = flat.substring(from, to);
		Matcher each = words.matcher(window);
		StringBuilder marked = new StringBuilder(from > 0 ? "… " : "");
		int at = 0;
		while (each.find()) {
			marked.append(window, at, each.start()).append(TicketSearch.START).append(window, each.start(), each.end())
				.append(TicketSearch.STOP);
			at = each.end();
		}
		marked.append(window.substring(at)).append(to < flat.length() ? " …" : "");
		return Optional.of(marked.toString());
	}
}
