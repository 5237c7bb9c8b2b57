package io.ticketflow.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.Plans;
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
 * A word the planner expects in many articles is looked for along the newest, in the index of ids and words alone; a
 * rarer one through the words' own index. Either way the newest matches come, newest first.
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
	void onlyAWordInManyMoreArticlesThanASearchKeepsIsLookedForAlongTheNewest() {
		assertThat(PostgresTextSearch.alongTheNewest(700_000, 1000)).isTrue();
		assertThat(PostgresTextSearch.alongTheNewest(10_000, 1000)).isTrue();
		// a rare word: all of its few articles through the index of words
		assertThat(PostgresTextSearch.alongTheNewest(2_000, 1000)).isFalse();
		assertThat(PostgresTextSearch.alongTheNewest(0, 1000)).isFalse();
	}

	@Test
	void theNewestMatchesComeNewestFirstEitherWay() {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String number = new HelpDesk(context).open("Support");
		List<Long> written = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ArticleView note = articles.note(number, "agent", "Checked the " + word + " again, round " + i + ".");
			written.add(note.id());
		}
		articles.note(number, "agent", "Nothing to do with it.");
		PostgresTextSearch search = new PostgresTextSearch(jdbc);

		for (boolean along : new boolean[] { true, false }) {
			assertThat(search.articles(word, along, 3)).as(along ? "along the newest" : "through the words' index")
				.extracting(TicketSearch.Match::articleId)
				.containsExactly(written.get(4), written.get(3), written.get(2));
		}
		assertThat(search.matches(word, 10)).extracting(TicketSearch.Match::articleId).containsAll(written);
	}

	/**
	 * The searches name the indexes' expressions as the migration wrote them: along the newest, the index of ids and
	 * words in id order; otherwise the words' own index, never the other (the planner chose it for rare words and read
	 * all of it). With a test's few rows the planner would read the tables, or sort what it found, so it is told not
	 * to: whether an index serves a search is the question here, not which plan few rows make cheapest.
	 */
	@Test
	void eachSearchHasItsIndex() {
		String walk = "set local enable_seqscan = off; set local enable_bitmapscan = off; set local enable_sort = off";
		assertThat(plan(PostgresTextSearch.ARTICLES_ALONG, "printer", walk)).contains("article_newest_words_idx",
				"Order By");
		assertThat(plan(PostgresTextSearch.TITLES_ALONG, "printer", walk)).contains("ticket_newest_title_words_idx",
				"Order By");
		// a GIN index is read by bitmap alone; walking the primary key would serve too
		String index = "set local enable_seqscan = off; set local enable_indexscan = off";
		assertThat(plan(PostgresTextSearch.ARTICLES, "printer", index)).contains("article_words_idx")
			.doesNotContain("newest");
		assertThat(plan(PostgresTextSearch.TITLES, "printer", index)).contains("ticket_title_words_idx")
			.doesNotContain("newest");
	}

	private String plan(String search, String words, String settings) {
		return Plans.explain(jdbc, List.of(settings), search, words, words, 1000);
	}
}
