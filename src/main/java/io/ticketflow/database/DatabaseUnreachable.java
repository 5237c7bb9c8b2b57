package io.ticketflow.database;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * A start that cannot reach or log in to its database says so first, with the database's address (without its
 * parameters, which may hold a password), instead of Spring's "Unable to start web server" with the reason at the
 * bottom of a long trace. Other database errors keep their trace. Registered in META-INF/spring.factories.
 */
class DatabaseUnreachable extends AbstractFailureAnalyzer<SQLException> implements Ordered {

	private final Environment environment;

	DatabaseUnreachable(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable failure, SQLException cause) {
		if (!unreachable(cause)) {
			return null;
		}
		String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)")
			.replaceAll("[?;].*", "");
		return new FailureAnalysis("Ticketflow cannot reach or log in to its database " + url + ": "
				+ cause.getMessage(),
				"Check that the database runs and answers at that address, and the login: on PostgreSQL "
						+ "TICKETFLOW_DB_URL and the roles' users and passwords (README, \"Running on PostgreSQL\"); "
						+ "on H2 spring.datasource.url.",
				cause);
	}

	/** SQL's classes 08 (connection) and 28 (authorization), as the drivers say them. */
	private static boolean unreachable(SQLException cause) {
		String state = cause.getSQLState();
		return cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLInvalidAuthorizationSpecException
				|| state != null && (state.startsWith("08") || state.startsWith("28"));
	}

	/** Before Spring Boot's own analyzers, which would name the web server. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
