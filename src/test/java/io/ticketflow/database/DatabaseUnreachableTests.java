package io.ticketflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** A start that cannot reach or log in to the database says so first, with the address but not its secrets. */
class DatabaseUnreachableTests {

	private final DatabaseUnreachable analyzer = new DatabaseUnreachable(new MockEnvironment()
		.withProperty("spring.datasource.url", "jdbc:postgresql://db.example.com:5432/ticketflow?password=secret"));

	@Test
	void aRefusedConnectionIsTheReason() {
		PSQLException refused = new PSQLException("Connection to db.example.com:5432 refused.",
				PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
		FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("Unable to start web server",
				new RuntimeException("Failed to initialize pool", refused)));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("Ticketflow cannot reach or log in to its database "
				+ "jdbc:postgresql://db.example.com:5432/ticketflow: Connection to db.example.com:5432 refused.")
			.doesNotContain("secret");
		assertThat(analysis.getAction()).contains("TICKETFLOW_DB_URL", "Running on PostgreSQL");
	}

	@Test
	void aRefusedLoginIsTheReason() {
		PSQLException login = new PSQLException("FATAL: password authentication failed for user \"ticketflow_app\"",
				PSQLState.INVALID_PASSWORD);
		assertThat(analyzer.analyze(new RuntimeException(login))).isNotNull();
	}

	@Test
	void otherDatabaseErrorsAreLeftToTheirTrace() {
		SQLException syntax = new SQLException("syntax error at or near \"selec\"", "42601");
		assertThat(analyzer.analyze(new RuntimeException(syntax))).isNull();
	}
}
