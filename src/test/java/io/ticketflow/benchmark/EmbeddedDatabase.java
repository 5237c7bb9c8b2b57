package io.ticketflow.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL server that commits durably: synchronous_commit and fsync are on (the embedded server
 * turns both off unless told otherwise). Each side of the benchmark gets a database of its own.
 */
final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";

	/** The roles of the postgres profile, by its default names: the application runs as the runtime role. */
	static final String OWNER = "ticketflow";

	static final String RUNTIME = "ticketflow_app";

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start() throws IOException {
		return new EmbeddedDatabase(EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.start());
	}

	/**
	 * A server whose data stays in the given directory between runs: started again on it, it finds what an earlier
	 * run wrote. It keeps a quarter of the machine's memory for its buffers, as PostgreSQL's documentation advises for
	 * a server of its own (the embedded default, 128 MB, is for a laptop).
	 */
	static EmbeddedDatabase startIn(Path directory) throws IOException {
		Files.createDirectories(directory);
		long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize();
		return new EmbeddedDatabase(EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("shared_buffers", memory / 4 / 1024 / 1024 + "MB")
			.setServerConfig("effective_cache_size", memory / 2 / 1024 / 1024 + "MB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("max_wal_size", "4GB")
			.start());
	}

	boolean exists(String database) throws SQLException {
		return "1".equals(query("postgres", "select count(*) from pg_database where datname = '" + database + "'"));
	}

	/** Another database of the application's, for when the roles exist already. */
	void createApplicationDatabaseAgain(String name) throws SQLException {
		execute("create database " + name + " owner " + OWNER);
	}

	void createDatabase(String name) throws SQLException {
		execute("create database " + name);
	}

	/** The application's database as the README sets it up: the owner owns it, the runtime role works in it. */
	void createApplicationDatabase(String name) throws SQLException {
		execute("create role " + OWNER + " login password '" + OWNER + "'");
		execute("create role " + RUNTIME + " login password '" + RUNTIME + "'");
		execute("create database " + name + " owner " + OWNER);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	/** The setting of the server as a session of the given database sees it, e.g. {@code synchronous_commit}. */
	String setting(String database, String name) throws SQLException {
		return query(database, "show " + name);
	}

	/** The database's size on disk in bytes. */
	long size(String database) throws SQLException {
		return Long.parseLong(query("postgres", "select pg_database_size('" + database + "')"));
	}

	String version() throws SQLException {
		return query("postgres", "select version()");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private String query(String database, String sql) throws SQLException {
		try (Connection connection = postgres.getDatabase(USER, database).getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
