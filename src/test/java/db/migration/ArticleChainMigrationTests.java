package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.EmbeddedPostgresConfiguration;
import io.ticketflow.ticket.ArticleDraft.AttachmentDraft;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleSeal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A help desk that ran before articles were chained has its articles sealed as they are, with the same hash the
 * application computes when it writes an article: its record still verifies after the upgrade.
 */
class ArticleChainMigrationTests {

	private static final byte[] LOG = "all fine".getBytes(StandardCharsets.UTF_8);

	@Test
	void existingArticlesAreChainedWithTheirFilesOnH2() {
		SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
		try {
			sealsWhatWasWritten(database, target -> Flyway.configure().dataSource(database)
				.locations("classpath:db/migration").placeholders(Map.of("binary_type", "varbinary"))
				.schemas("TICKETFLOW").defaultSchema("TICKETFLOW").target(target).load().migrate());
		}
		finally {
			database.destroy();
		}
	}

	/** Past the append-only trigger, which stays in force afterwards. */
	@Test
	void existingArticlesAreChainedWithTheirFilesOnPostgresql() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			String url = EmbeddedPostgresConfiguration.createDatabase(postgres, "ticketflow", "ticketflow_app");
			DriverManagerDataSource owner = new DriverManagerDataSource(url, "ticketflow", "ticketflow");
			sealsWhatWasWritten(owner, target -> Flyway.configure().dataSource(owner)
				.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
				.placeholders(Map.of("binary_type", "bytea", "runtime_role", "ticketflow_app"))
				.schemas("ticketflow").defaultSchema("ticketflow").target(target).load().migrate());
			assertThatThrownBy(() -> new JdbcTemplate(owner).update("update ticketflow.article set body = 'x'"))
				.rootCause().hasMessageContaining("keeps its record");
		}
	}

	private static void sealsWhatWasWritten(DataSource database, Consumer<String> migrateTo) {
		migrateTo.accept("10");
		JdbcTemplate sql = new JdbcTemplate(database);
		sql.update("insert into ticketflow.customer (id, email, created_at) "
				+ "values (40, 'old@example.com', current_timestamp)");
		sql.update("insert into ticketflow.ticket (id, number, title, state, priority, queue_id, type, customer_id, "
				+ "answered, created_at, changed_at, version) select 700, '2026010110000014', 'Old', 'NEW', 3, id, "
				+ "'UNCLASSIFIED', 40, false, current_timestamp, current_timestamp, 0 from ticketflow.queue "
				+ "where name = 'Raw'");
		sql.update("insert into ticketflow.article (id, ticket_id, sender_type, channel, visible_for_customer, "
				+ "author, subject, body, created_at) values (1, 700, 'CUSTOMER', 'PHONE', true, "
				+ "'old@example.com', 'Help', 'Hello', timestamp with time zone '2026-01-01 10:00:00.123456+00')");
		sql.update("insert into ticketflow.article (id, ticket_id, sender_type, channel, visible_for_customer, "
				+ "author, body, created_at) values (2, 700, 'AGENT', 'NOTE', false, 'agent', 'Looked', "
				+ "timestamp with time zone '2026-01-01 11:00:00+00')");
		sql.update("insert into ticketflow.attachment (article_id, filename, content_type, size_bytes, content, "
				+ "created_at) values (2, 'log.txt', 'text/plain', 8, ?, current_timestamp)", (Object) LOG);

		migrateTo.accept("latest");

		String first = ArticleSeal.article(null, Arrays.asList("700", "CUSTOMER", "PHONE", "true",
				"old@example.com", null, null, null, "Help", "Hello", null, null, null, null,
				"2026-01-01T10:00:00.123456Z"), List.of());
		String second = ArticleSeal.article(first, Arrays.asList("700", "AGENT", "NOTE", "false", "agent", null,
				null, null, null, "Looked", null, null, null, null, "2026-01-01T11:00:00Z"),
				List.of(ArticleSeal.attachment(LOG, "log.txt", "text/plain")));
		assertThat(sql.queryForList("select hash from ticketflow.article order by id", String.class))
			.containsExactly(first, second);
		assertThat(sql.queryForObject("select previous_hash from ticketflow.article where id = 2", String.class))
			.isEqualTo(first);
		assertThat(sql.queryForObject("select article_head from ticketflow.ticket where id = 700", String.class))
			.isEqualTo(second);
	}

	@Test
	void theApplicationSealsItsArticlesWithTheSameFieldsInTheSameOrder() {
		ArticleDraft draft = new ArticleDraft(io.ticketflow.ticket.SenderType.AGENT, io.ticketflow.ticket.Channel.NOTE,
				false, "agent", "agent", null, null, null, "Looked", null, null, null, null,
				List.of(new AttachmentDraft("log.txt", "text/plain", LOG)));
		Article article = new Article(draft, 700, java.time.Instant.parse("2026-01-01T00:00:00Z"), "previous");

		assertThat(article.hash()).isEqualTo(ArticleSeal.article("previous", Arrays.asList("700", "AGENT", "NOTE",
				"false", "agent", "agent", null, null, null, "Looked", null, null, null, null,
				article.createdAt().toString()), List.of(ArticleSeal.attachment(LOG, "log.txt", "text/plain"))));
	}
}
