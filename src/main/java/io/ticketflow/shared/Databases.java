package io.ticketflow.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** What differs between the databases the help desk runs on: PostgreSQL in production, H2 as the embedded default. */
public final class Databases {

	private Databases() {
	}

	public static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return isPostgres(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the database cannot be reached", ex);
		}
	}

	public static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * A LIKE pattern, with backslash as its escape character, that finds the text anywhere in a value in lower case:
	 * what a person types is looked for as it is, its % and _ included.
	 */
	public static String containing(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}
}
