package io.ticketflow.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When a search looks among the newest articles first, and that it then finds the newest matches, newest first, and
 * nothing older than it was told.
 */
@PostgresTest
class PostgresTextSearchTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgentArticles articles;

	@Test
	void onlyAWordOfMiddlingFrequencyInALargeHelpDeskIsLookedForAmongTheNewestFirst() {
		long large = 3_000_000;
		// in 1 article of 300: more than a search keeps, fewer than 1 in 100
		assertThat(PostgresTextSearch.recentFirst(large, 10_000, 1000)).isTrue();
		// in most articles: along the newest ones anyway
		assertThat(PostgresTextSearch.recentFirst(large, 1_000_000, 1000)).isFalse();
		// a rare word: all of its few articles through the index
		assertThat(PostgresTextSearch.recentFirst(large, 2_000, 1000)).isFalse();
		// a small help desk: everything is recent
		assertThat(PostgresTextSearch.recentFirst(200_000, 1_500, 10)).isFalse();
	}

	@Test
	void theNewestMatchesAfterAnArticleComeNewestFirst() {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String number = new HelpDesk(context).open("Support");
		List<Long> written = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ArticleView note = articles.note(number, "agent", "Checked the " + word + " again, round " + i + ".");
			written.add(note.id());
		}
		articles.note(number, "agent", "Nothing to do with it.");
		PostgresTextSearch search = new PostgresTextSearch(jdbc);

		assertThat(search.articles(word, 0, 3)).extracting(TicketSearch.Match::articleId)
			.containsExactly(written.get(4), written.get(3), written.get(2));
		assertThat(search.articles(word, written.get(2), 10)).extracting(TicketSearch.Match::articleId)
			.containsExactly(written.get(4), written.get(3));
		assertThat(search.matches(word, 10)).extracting(TicketSearch.Match::articleId)
			.containsAll(written);
	}
}
