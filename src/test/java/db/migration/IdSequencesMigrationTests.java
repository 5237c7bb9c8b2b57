package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A help desk that ran before the id sequences keeps its rows; new ids start above the ones written. */
class IdSequencesMigrationTests {

	@Test
	void theSequencesStartAboveTheIdsAlreadyWritten() {
		SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
		try {
			migrate(database, "8");
			JdbcTemplate sql = new JdbcTemplate(database);
			sql.update("insert into ticketflow.customer (id, email, created_at) "
					+ "values (40, 'old@example.com', current_timestamp)");
			sql.update("insert into ticketflow.ticket (id, number, title, state, priority, queue_id, type, customer_id, "
					+ "answered, created_at, changed_at, version) select 700, '2026010110000014', 'Old', 'NEW', 3, id, "
					+ "'UNCLASSIFIED', 40, false, current_timestamp, current_timestamp, 0 from ticketflow.queue "
					+ "where name = 'Raw'");
			sql.update("insert into ticketflow.article (id, ticket_id, sender_type, channel, visible_for_customer, body, "
					+ "created_at) values (1234, 700, 'CUSTOMER', 'PHONE', true, 'Hello', current_timestamp)");

			migrate(database, "latest");

			assertThat(sql.queryForObject("select next value for ticketflow.ticket_seq", Long.class)).isEqualTo(701);
			assertThat(sql.queryForObject("select next value for ticketflow.article_seq", Long.class)).isEqualTo(1235);
			assertThat(sql.queryForObject("select next value for ticketflow.ticket_history_seq", Long.class)).isEqualTo(1);
			assertThat(sql.queryForObject("select next value for ticketflow.ticket_seq", Long.class))
				.as("a block of 50 ids at a time").isEqualTo(751);
		}
		finally {
			database.destroy();
		}
	}

	/** As the application's configuration migrates H2. */
	private static void migrate(SingleConnectionDataSource database, String target) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration")
			.placeholders(java.util.Map.of("binary_type", "varbinary")).schemas("TICKETFLOW")
			.defaultSchema("TICKETFLOW").target(target).load().migrate();
	}
}
