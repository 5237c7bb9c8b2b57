package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.HistoryChain.ChainReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The history's hash chain catches a row changed behind the application's back (H2 has no trigger to stop it). */
@TicketflowTest
class HistoryChainTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	HistoryChain chain;

	@Autowired
	AgentArticles articles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void intactHistoryVerifies() throws Exception {
		String number = desk.open("Support");
		articles.note(number, "agent", "Looked into it.");
		assertThat(chain.verify(Actors.SYSTEM, number).intact()).isTrue();
		mvc.perform(get("/api/admin/history-chain").param("ticket", number).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tickets").value(1))
			.andExpect(jsonPath("$.broken").isEmpty());
	}

	@Test
	void alteredRowIsTheFirstBrokenLink() {
		String number = desk.open("Support");
		articles.note(number, "agent", "First.");
		articles.note(number, "agent", "Second.");
		long ticketId = jdbc.queryForObject("select id from ticketflow.ticket where number = ?", Long.class, number);
		Long second = jdbc.queryForObject(
				"select id from ticketflow.ticket_history where ticket_id = ? order by id offset 1 rows fetch next 1 rows only",
				Long.class, ticketId);
		jdbc.update("update ticketflow.ticket_history set actor = 'somebody else' where id = ?", second);

		ChainReport report = chain.verify(Actors.SYSTEM, number);
		assertThat(report.broken()).singleElement().satisfies(link -> {
			assertThat(link.ticket()).isEqualTo(number);
			assertThat(link.entryId()).isEqualTo(second);
			assertThat(link.reason()).contains("changed");
		});
		assertThat(chain.verifyAll(Actors.SYSTEM).broken()).extracting(HistoryChain.BrokenLink::ticket).contains(number);
	}

	@Test
	void removedLastRowIsNoticed() {
		String number = desk.open("Support");
		articles.note(number, "agent", "Will vanish from the history.");
		long ticketId = jdbc.queryForObject("select id from ticketflow.ticket where number = ?", Long.class, number);
		jdbc.update("delete from ticketflow.ticket_history where id = (select max(id) from ticketflow.ticket_history where ticket_id = ?)",
				ticketId);
		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.reason()).contains("missing"));
	}

	@Test
	void onlyAdminsVerify() throws Exception {
		mvc.perform(get("/api/admin/history-chain").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://ticketflow.io/problems/forbidden"));
	}
}
