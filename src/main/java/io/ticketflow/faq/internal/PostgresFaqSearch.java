package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqState;
import io.ticketflow.shared.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's full-text search: each entry is indexed in its own language (English or Russian stemming), the
 * question weighs most, then the keywords, then the answer; any word of the text may match.
 */
class PostgresFaqSearch implements FaqSearch {

	private static final String SQL = """
			select v.entry_id, v.question, v.answer, v.category, v.language, v.state,
			       ts_rank(ticketflow.faq_document(v.language, v.question, v.keywords, v.answer), query.q) as score
			from ticketflow.faq_version v
			join ticketflow.faq_entry e on e.id = v.entry_id and e.current_version = v.version,
			     (select to_tsquery('english', ?) || to_tsquery('russian', ?) as q) query
			where ticketflow.faq_document(v.language, v.question, v.keywords, v.answer) @@ query.q
			  and (? = false or v.state = 'PUBLIC')
			order by score desc, v.entry_id
			limit ?""";

	private final JdbcTemplate jdbc;

	PostgresFaqSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FaqHit> search(String text, boolean publicOnly, int limit) {
		Set<String> words = Words.of(text);
		if (words.isEmpty()) {
			return List.of();
		}
		String query = String.join(" | ", words);
		return jdbc.query(SQL, (row, i) -> new FaqHit(row.getLong(1), row.getString(2), row.getString(3),
				row.getString(4), row.getString(5), FaqState.valueOf(row.getString(6).toUpperCase(Locale.ROOT)),
				row.getDouble(7)), query, query, publicOnly, limit);
	}
}
