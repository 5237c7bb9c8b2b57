package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.ArticleDraft.AttachmentDraft;
import io.ticketflow.ticket.HistoryChain.ChainReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hash chains of history and articles catch a row changed behind the application's back (H2 has no trigger to
 * stop it).
 */
@TicketflowTest
class HistoryChainTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	HistoryChain chain;

	@Autowired
	AgentArticles articles;

	@Autowired
	FollowUps followUps;

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
	void articleBodyChangedInTheDatabaseIsTheFirstBrokenLink() throws Exception {
		String number = desk.open("Support");
		articles.note(number, "agent", "First.");
		long second = articles.note(number, "agent", "Second.").id();
		articles.note(number, "agent", "Third.");
		jdbc.update("update ticketflow.article set body = 'Forged.' where id = ?", second);

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement().satisfies(link -> {
			assertThat(link.ticket()).isEqualTo(number);
			assertThat(link.articleId()).isEqualTo(second);
			assertThat(link.reason()).contains("changed");
		});
		mvc.perform(get("/api/admin/history-chain").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.broken[?(@.ticket == '" + number + "')].articleId").value(Math.toIntExact(second)));
	}

	@Test
	void articleMadeCustomerVisibleInTheDatabaseIsReported() {
		String number = desk.open("Support");
		long note = articles.note(number, "agent", "Internal: the password is hunter2.").id();
		jdbc.update("update ticketflow.article set visible_for_customer = true where id = ?", note);

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.articleId()).isEqualTo(note));
	}

	@Test
	void aReviewerMovedOrRemovedInTheDatabaseIsReported() {
		String number = desk.open("Support");
		long held = articles.reply(number, "trainee", "Try turning it off.").id();
		long sent = articles.releaseReviewed(context.getBean(TicketQueries.class).idOf(number), "agent", held,
				"Please restart it.").id();
		assertThat(chain.verify(Actors.SYSTEM, number).intact()).isTrue();

		jdbc.update("update ticketflow.article set entered_by = reviewed_by, reviewed_by = null where id = ?", sent);

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.articleId()).isEqualTo(sent));
	}

	@Test
	void attachmentChangedInTheDatabaseIsReported() {
		String number = desk.open("Support");
		followUps.receive(number, ArticleDraft.fromMail(customerOf(number), "support@localhost", null, "Log", "See the log.",
				null, null, null, null, List.of(new AttachmentDraft("log.txt", "text/plain",
						"all fine".getBytes(StandardCharsets.UTF_8))), true));
		assertThat(chain.verify(Actors.SYSTEM, number).intact()).isTrue();
		long article = jdbc.queryForObject("select max(article_id) from ticketflow.attachment", Long.class);
		jdbc.update("update ticketflow.attachment set content = ? where article_id = ?",
				"all broken".getBytes(StandardCharsets.UTF_8), article);

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.articleId()).isEqualTo(article));
	}

	@Test
	void attachmentRenamedInTheDatabaseIsReported() {
		String number = desk.open("Support");
		followUps.receive(number, ArticleDraft.fromMail(customerOf(number), "support@localhost", null, "Invoice",
				"Attached.", null, null, null, null, List.of(new AttachmentDraft("invoice.pdf", "application/pdf",
						new byte[] { 1, 2, 3 })), true));
		jdbc.update("update ticketflow.attachment set filename = 'invoice.exe' where filename = 'invoice.pdf'");

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.articleId()).isNotNull());
	}

	@Test
	void removedLastArticleIsNoticed() {
		String number = desk.open("Support");
		long note = articles.note(number, "agent", "Will vanish.").id();
		jdbc.update("delete from ticketflow.article where id = ?", note);

		assertThat(chain.verify(Actors.SYSTEM, number).broken()).singleElement()
			.satisfies(link -> assertThat(link.reason()).contains("missing"));
	}

	private String customerOf(String number) {
		return context.getBean(TicketQueries.class).ticket(number).customer();
	}

	@Test
	void onlyAdminsVerify() throws Exception {
		mvc.perform(get("/api/admin/history-chain").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://ticketflow.io/problems/forbidden"));
	}
}
