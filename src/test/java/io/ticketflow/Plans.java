package io.ticketflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan PostgreSQL makes for a statement in a state a test builds for it (rows, statistics, settings): all in one
 * transaction, rolled back afterwards, so the state is seen by that plan alone.
 */
public final class Plans {

	private Plans() {
	}

	/**
	 * The plan of {@code query} with its parameters, after the statements {@code before} (each may hold several,
	 * separated by semicolons), as lines of text joined by line breaks.
	 */
	public static String explain(JdbcTemplate jdbc, List<String> before, String query, Object... parameters) {
		return jdbc.execute((ConnectionCallback<String>) connection -> {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement();
					PreparedStatement explain = connection.prepareStatement("explain " + query)) {
				for (String statement : before) {
					sql.execute(statement);
				}
				for (int i = 0; i < parameters.length; i++) {
					explain.setObject(i + 1, parameters[i]);
				}
				List<String> lines = new ArrayList<>();
				try (ResultSet rows = explain.executeQuery()) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
				return String.join("\n", lines);
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		});
	}
}
