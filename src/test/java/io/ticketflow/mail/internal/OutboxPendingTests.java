package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.HelpDesk;
import io.ticketflow.Plans;
import io.ticketflow.PostgresTest;
import io.ticketflow.ticket.TicketQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A help desk sends millions of mails over the years; the dispatcher asks every few seconds for the oldest pending
 * ones. It finds them among the pending alone, even when the statistics were taken while a backlog was pending and
 * every mail is sent now: then PostgreSQL expected pending mails everywhere and walked every sent one in id order
 * (8 s with five million).
 */
@PostgresTest
class OutboxPendingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Test
	void theDispatcherReadsThePendingMailAloneWhateverTheStatisticsSay() {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		long article = jdbc.queryForObject("select min(id) from ticketflow.article where ticket_id = ?", Long.class, ticket);

		String plan = Plans.explain(owner.jdbc(), List.of(
				// a backlog of pending mails among many sent, the statistics taken then; then the backlog went out
				"insert into ticketflow.outbox (ticket_id, article_id, recipient, subject, body, message_id, automatic, "
						+ "status, attempts, next_attempt_at, created_at) select " + ticket + ", " + article
						+ ", 'volume@example.com', 'Volume', 'Body', '<volume.' || n || '@example.com>', true, "
						+ "case when n > 60000 then 'PENDING' else 'SENT' end, 0, now(), now() "
						+ "from generate_series(1, 80000) n",
				"analyze ticketflow.outbox",
				"update ticketflow.outbox set status = 'SENT' where recipient = 'volume@example.com'"),
				// the dispatcher's question (OutboxRepository.unclaimed), as Hibernate asks it
				"select m.id from ticketflow.outbox m where m.status = 'PENDING' and m.next_attempt_at <= now() and "
						+ "(m.claimed_until is null or m.claimed_until < now()) order by m.id fetch first 50 rows only");

		assertThat(plan).contains("outbox_pending_idx").doesNotContain("outbox_pkey");
	}
}
