package io.ticketflow;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real PostgreSQL 17 for the application, started from the embedded binaries, set up as the README asks of a
 * production database: a database owned by the owner role (Flyway's, {@code spring.flyway.user}) and a runtime role
 * the application runs as ({@code spring.datasource.username}), both named by the {@code postgres} profile. It is a
 * bean the data source depends on, so Spring stops the engine and the pool before the database goes away.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

	public static final String DATABASE = "ticketflow";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${spring.flyway.user}") String owner,
			@Value("${spring.datasource.username}") String runtime) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
			.setServerConfig("synchronous_commit", "on")
			.start();
		createDatabase(postgres, owner, runtime);
		return postgres;
	}

	/**
	 * The owner and runtime roles, with their names as passwords, and the database {@value #DATABASE} owned by the
	 * owner; the URL has no user in it, so that each of the two data sources logs in as its own role.
	 */
	public static String createDatabase(EmbeddedPostgres postgres, String owner, String runtime) {
		JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
		superuser.execute("create role " + owner + " login password '" + owner + "'");
		superuser.execute("create role " + runtime + " login password '" + runtime + "'");
		superuser.execute("create database " + DATABASE + " owner " + owner);
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	/** The application's data source: the runtime role, which cannot rewrite or delete the record. */
	@Bean
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${spring.datasource.username}") String runtime,
			@Value("${spring.datasource.password}") String password,
			@Value("${spring.datasource.hikari.data-source-properties.options}") String options) {
		HikariDataSource dataSource = new HikariDataSource();
		// no user in the URL: Flyway takes the URL with the owner's name (spring.flyway.user), as in production
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
		dataSource.setUsername(runtime);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(12);
		// the sessions' settings of the postgres profile
		dataSource.addDataSourceProperty("options", options);
		return dataSource;
	}

	/** What somebody with the owner's password could do behind the application's back. */
	@Bean
	DatabaseOwner databaseOwner(EmbeddedPostgres postgres, @Value("${spring.flyway.user}") String owner) {
		return new DatabaseOwner(new JdbcTemplate(postgres.getDatabase(owner, DATABASE)));
	}

	/** SQL as the owner role, which owns every table (the tests' {@code JdbcTemplate} is the runtime role). */
	public record DatabaseOwner(JdbcTemplate jdbc) {
	}
}
