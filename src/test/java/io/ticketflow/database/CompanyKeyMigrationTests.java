package io.ticketflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V18 gives companies a key: a database that registered one company twice, under its name in another case or with
 * blanks around it, keeps one company, the oldest, with every customer of both.
 */
class CompanyKeyMigrationTests {

	@Test
	void aCompanyRegisteredTwiceBeforeTheKeyBecomesTheOldestOne() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:companies-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		migrate(database, "17");
		jdbc.update("insert into ticketflow.company (id, name, created_at) values (1, 'Example Ltd', current_timestamp), "
				+ "(2, ' EXAMPLE LTD', current_timestamp), (3, 'Other GmbH', current_timestamp)");
		jdbc.update("insert into ticketflow.customer (email, name, company_id, created_at) values "
				+ "('a@example.com', 'A', 1, current_timestamp), ('b@example.com', 'B', 2, current_timestamp), "
				+ "('c@example.com', 'C', 3, current_timestamp)");

		migrate(database, "18");

		assertThat(jdbc.queryForList("select company_id from ticketflow.customer order by email", Long.class))
			.containsExactly(1L, 1L, 3L);
		assertThat(jdbc.queryForList("select name_key from ticketflow.company order by id", String.class))
			.containsExactly("example ltd", "example ltd #2", "other gmbh");
	}

	private static void migrate(JdbcDataSource database, String target) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").schemas("TICKETFLOW")
			.defaultSchema("TICKETFLOW").placeholders(Map.of("binary_type", "varbinary")).target(target).load().migrate();
	}
}
