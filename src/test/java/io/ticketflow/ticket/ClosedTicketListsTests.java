package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.HelpDesk;
import io.ticketflow.Plans;
import io.ticketflow.PostgresTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A help desk's newest tickets are mostly its open ones. A list of closed tickets, newest first, reads the closed
 * alone: PostgreSQL, expecting closed tickets everywhere, walked every ticket in id order past the open ones (36 ms
 * with 100,000 open and a million closed tickets, for twenty).
 */
@PostgresTest
class ClosedTicketListsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Test
	void aListOfClosedTicketsReadsTheClosedAlonePastTheNewestOpenOnes() {
		long ticket = tickets.idOf(new HelpDesk(context).open("Support"));
		Map<String, Object> made = jdbc.queryForMap("select queue_id, customer_id from ticketflow.ticket where id = ?",
				ticket);
		String queues = jdbc.queryForList("select id from ticketflow.queue", Long.class).stream().map(String::valueOf)
			.collect(Collectors.joining(", "));

		String plan = Plans.explain(owner.jdbc(), List.of(
				// years of closed tickets, then the open ones, the newest
				"insert into ticketflow.ticket (id, number, title, state, priority, queue_id, type, customer_id, "
						+ "answered, created_at, changed_at, version) select newest + n, 'V' || n, 'Volume', "
						+ "case when n > 40000 then 'OPEN' else 'CLOSED_SUCCESSFUL' end, 3, " + made.get("queue_id")
						+ ", 'UNCLASSIFIED', " + made.get("customer_id") + ", true, now(), now(), 0 "
						+ "from generate_series(1, 60000) n, (select max(id) newest from ticketflow.ticket) t",
				"analyze ticketflow.ticket"),
				// a page of GET /api/tickets?state=closed_successful as Hibernate asks it
				"select t.id from ticketflow.ticket t where t.queue_id in (" + queues + ") and t.state = "
						+ "'CLOSED_SUCCESSFUL' order by t.id desc offset 0 rows fetch first 21 rows only");

		assertThat(plan).contains("ticket_closed_newest_idx").doesNotContain("ticket_pkey");
	}

	/** The index's condition names the states that are not active, as TicketState says which are. */
	@Test
	void theIndexHoldsTheTicketsOfEveryStateButTheActiveOnes() {
		String definition = jdbc.queryForObject("select indexdef from pg_indexes where indexname = "
				+ "'ticket_closed_newest_idx'", String.class);
		for (TicketState state : TicketState.values()) {
			assertThat(definition.contains("'" + state.name() + "'")).as(state.name()).isEqualTo(state.isActive());
		}
	}
}
