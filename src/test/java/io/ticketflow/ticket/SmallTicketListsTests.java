package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A list of a few thousand tickets, such as a company's, reads the list's own tickets. Asked for a page, PostgreSQL
 * expected a company's tickets spread evenly among all and walked every ticket newest first until it had the page:
 * past every newer ticket when the company's are old (43 ms past 100,000 open tickets for a company of 2,000 closed
 * ones, and the whole table for a company that has not written for years).
 */
@PostgresTest
class SmallTicketListsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TicketOpening opening;

	@Autowired
	Customers customers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aCompanysListReadsTheCompanysTicketsNotEveryNewerOne() {
		new HelpDesk(context);
		String company = "Quiet " + UUID.randomUUID().toString().substring(0, 8);
		long quiet = customerIdOf(opened(customer(company)));
		Map<String, Object> busy = jdbc.queryForMap("select queue_id, customer_id from ticketflow.ticket where id = ?",
				tickets.idOf(opened(customer("Busy Ltd"))));
		String role = jdbc.queryForObject("select current_user", String.class);
		// the application's role may not analyze a table; the test's own rows need their statistics
		owner.jdbc().execute("grant maintain on ticketflow.ticket to " + role);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				status.setRollbackOnly();
				// the quiet company's thousand tickets, then fifty thousand of others, newer
				jdbc.update("insert into ticketflow.ticket (id, number, title, state, priority, queue_id, type, "
						+ "customer_id, answered, created_at, changed_at, version) select newest + n, 'Q' || n, "
						+ "'Volume', 'CLOSED_SUCCESSFUL', 3, ?, 'UNCLASSIFIED', case when n <= 1000 then ? else ? end, "
						+ "true, now(), now(), 0 from generate_series(1, 51000) n, "
						+ "(select max(id) newest from ticketflow.ticket) t", busy.get("queue_id"), quiet,
						busy.get("customer_id"));
				jdbc.execute("analyze ticketflow.ticket");
				long before = ticketRowsRead();

				Page<TicketHit> page = tickets.search("agent", new TicketFilter(null, null, null, null, null, null,
						null, null, company, null, null), PageRequest.of(0, 20, Sort.by(Sort.Order.desc("id"))));

				long read = ticketRowsRead() - before;
				assertThat(page.getTotalElements()).isEqualTo(1001);
				assertThat(page.getContent()).hasSize(20);
				assertThat(page.getContent().get(0).ticket().number()).isEqualTo("Q1000");
				assertThat(read).as("ticket rows read").isLessThan(10_000);
			});
		}
		finally {
			owner.jdbc().execute("revoke maintain on ticketflow.ticket from " + role);
		}
	}

	/** Rows of the ticket table this transaction read so far, by any scan. */
	private long ticketRowsRead() {
		return jdbc.queryForObject("select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) from "
				+ "pg_stat_xact_user_tables where schemaname = 'ticketflow' and relname = 'ticket'", Long.class);
	}

	private long customerIdOf(String number) {
		return jdbc.queryForObject("select customer_id from ticketflow.ticket where id = ?", Long.class,
				tickets.idOf(number));
	}

	private String customer(String company) {
		String email = "q-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		customers.register(new NewCustomer(email, "Quentin Quiet", company));
		return email;
	}

	private String opened(String customer) {
		return opening.open(new OpenTicket(customer, "Printer on fire", "It smokes.", "Support", null, null),
				"secretary").number();
	}
}
