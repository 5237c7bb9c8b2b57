package io.ticketflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.FaqView;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The FAQ scenario clicked by the secretary and the agent in Tasklist; screenshots land in target/browser. */
@PostgresTest
class FaqBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	TicketQueries tickets;

	@Test
	void agentAnswersTheFaqCustomerWithTwoClicks() throws Exception {
		new HelpDesk(context);
		FaqView entry = knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Accounts", "How do I unlock my locked account?",
				"Wait fifteen minutes, then log in again.", null, "account locked unlock", "en", FaqState.PUBLIC));
		String customer = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String mail = "From: " + customer + "\r\nTo: support@localhost\r\nSubject: Account locked\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@example.com>\r\n\r\nMy account is locked, how do I unlock it?\r\n";
		String number = ingestion.ingest(mail.getBytes(StandardCharsets.UTF_8), "browser", "Raw", false).ticket();

		BrowserScenario.run("faq-agent.mjs", "http://localhost:" + port, number, entry.id());

		assertThat(tickets.ticket(number).state()).isEqualTo(TicketState.PENDING_AUTO_CLOSE);
		assertThat(tickets.ticket(number).queue()).isEqualTo("Support");
		assertThat(tickets.articles(number)).anySatisfy(a -> {
			assertThat(a.visibleForCustomer()).isTrue();
			assertThat(a.author()).isEqualTo("agent");
			assertThat(a.body()).contains("Wait fifteen minutes");
		});
	}
}
