package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.AgentArticles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code --verify-history} on PostgreSQL: an article body the owner rewrote past the trigger makes it exit 3. */
@PostgresTest
class PostgresHistoryChainCommandTests {

	@Autowired
	HistoryChainCommand command;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgentArticles articles;

	@Autowired
	DatabaseOwner owner;

	@Test
	void anArticleRewrittenByTheOwnerMakesTheCommandExitWith3() {
		String number = new HelpDesk(context).open("Support");
		long note = articles.note(number, "agent", "Checked the cable.").id();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.check(number, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();

		owner.jdbc().execute("alter table ticketflow.article disable trigger article_append_only");
		owner.jdbc().update("update ticketflow.article set body = 'Never checked.' where id = ?", note);
		owner.jdbc().execute("alter table ticketflow.article enable trigger article_append_only");
		out.reset();
		assertThat(command.check(number, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(3);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 broken", "ticket " + number, "article " + note);
	}
}
