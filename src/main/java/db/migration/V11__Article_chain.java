package db.migration;

import io.ticketflow.ticket.internal.ArticleSeal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Puts articles into a hash chain per ticket, as history lines are: each article's hash covers its content, its
 * files' digests and the article before it; the ticket keeps the newest. The articles already written are sealed
 * here as they are now, so a help desk whose record was intact still verifies after the upgrade. Java, because the
 * hashes are computed with the application's own definition ({@link ArticleSeal}), on H2 and PostgreSQL alike.
 */
public class V11__Article_chain extends BaseJavaMigration {

	/** In the order of {@code Article}'s sealed fields. */
	private static final String ARTICLES = "select id, ticket_id, sender_type, channel, visible_for_customer, author, "
			+ "from_address, to_address, cc_address, subject, body, body_html, message_id, in_reply_to, "
			+ "references_header, created_at from article order by ticket_id, id";

	private static final int BATCH = 500;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table article add column previous_hash varchar(64)");
			sql.execute("alter table article add column hash varchar(64)");
			sql.execute("alter table ticket add column article_head varchar(64)");
			if (postgres) {
				// the append-only trigger (V4) guards the record's content; the seal is added beside it, once
				sql.execute("alter table article disable trigger article_append_only");
			}
		}
		seal(connection);
		if (postgres) {
			try (Statement sql = connection.createStatement()) {
				sql.execute("alter table article enable trigger article_append_only");
			}
		}
	}

	private static void seal(Connection connection) throws Exception {
		try (Statement read = connection.createStatement();
				PreparedStatement files = connection.prepareStatement(
						"select content, filename, content_type from attachment where article_id = ? order by id");
				PreparedStatement article = connection.prepareStatement(
						"update article set previous_hash = ?, hash = ? where id = ?");
				PreparedStatement ticket = connection.prepareStatement("update ticket set article_head = ? where id = ?")) {
			read.setFetchSize(BATCH);
			Long ticketId = null;
			String previous = null;
			int pending = 0;
			try (ResultSet row = read.executeQuery(ARTICLES)) {
				while (row.next()) {
					if (ticketId != null && ticketId != row.getLong("ticket_id")) {
						addHead(ticket, ticketId, previous);
						previous = null;
					}
					ticketId = row.getLong("ticket_id");
					String hash = ArticleSeal.article(previous, fields(row), digests(files, row.getLong("id")));
					article.setString(1, previous);
					article.setString(2, hash);
					article.setLong(3, row.getLong("id"));
					article.addBatch();
					previous = hash;
					if (++pending % BATCH == 0) {
						article.executeBatch();
						ticket.executeBatch();
					}
				}
			}
			if (ticketId != null) {
				addHead(ticket, ticketId, previous);
			}
			article.executeBatch();
			ticket.executeBatch();
		}
	}

	private static void addHead(PreparedStatement ticket, long ticketId, String head) throws Exception {
		ticket.setString(1, head);
		ticket.setLong(2, ticketId);
		ticket.addBatch();
	}

	private static List<String> fields(ResultSet row) throws Exception {
		List<String> fields = new ArrayList<>();
		fields.add(String.valueOf(row.getLong("ticket_id")));
		fields.add(row.getString("sender_type"));
		fields.add(row.getString("channel"));
		fields.add(String.valueOf(row.getBoolean("visible_for_customer")));
		for (String column : new String[] { "author", "from_address", "to_address", "cc_address", "subject", "body",
				"body_html", "message_id", "in_reply_to", "references_header" }) {
			fields.add(row.getString(column));
		}
		fields.add(row.getObject("created_at", OffsetDateTime.class).toInstant().toString());
		return fields;
	}

	private static List<String> digests(PreparedStatement files, long articleId) throws Exception {
		List<String> digests = new ArrayList<>();
		files.setLong(1, articleId);
		try (ResultSet file = files.executeQuery()) {
			while (file.next()) {
				digests.add(ArticleSeal.attachment(file.getBytes("content"), file.getString("filename"),
						file.getString("content_type")));
			}
		}
		return digests;
	}
}
