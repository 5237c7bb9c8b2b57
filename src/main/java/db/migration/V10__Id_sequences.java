package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for the ids of tickets, articles and history lines, counting in blocks of 50 and starting above the
 * ids already written (a help desk that ran before keeps its rows and their ids). Java, because the start value
 * is read from the data, which neither database's DDL does in the same way.
 */
public class V10__Id_sequences extends BaseJavaMigration {

	private static final int BLOCK = 50;

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement sql = context.getConnection().createStatement()) {
			for (String table : new String[] { "ticket", "article", "ticket_history" }) {
				long next;
				try (ResultSet max = sql.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
					max.next();
					next = max.getLong(1);
				}
				sql.execute("create sequence " + table + "_seq start with " + next + " increment by " + BLOCK);
			}
		}
	}
}
