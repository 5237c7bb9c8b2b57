package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What a customer or an agent typed is shown by the forms as they typed it, never as markdown. */
@TicketflowTest
class TicketSnapshotsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketSnapshots snapshots;

	@Test
	void markdownIsShownLiterally() {
		assertThat(TicketSnapshots.literal("[Log in again](https://evil.example)"))
			.isEqualTo("\\[Log in again\\]\\(https\\:\\/\\/evil\\.example\\)");
		assertThat(TicketSnapshots.literal("**bold** _x_ <b>hi</b> `code` # no heading\n# heading &amp; www.evil.example"))
			.doesNotContain("\n").doesNotContain("**").doesNotContain("<b>").doesNotContain("www.evil")
			.contains("\\*\\*bold\\*\\*", "\\<b\\>", "\\&amp\\;");
		assertThat(TicketSnapshots.literal("Plain words 42")).isEqualTo("Plain words 42");
		assertThat(TicketSnapshots.literal(null)).isNull();
	}

	@Test
	void theHeaderOfTheFormsShowsAMarkdownTitleLiterally() {
		new HelpDesk(context);
		String customer = "c-" + System.nanoTime() + "@example.com";
		context.getBean(Customers.class).register(new NewCustomer(customer, "Mallory", null));
		String number = context.getBean(TicketOpening.class)
			.open(new OpenTicket(customer, "[Log in again](https://evil.example)", "Please.", "Support", null, null),
					"secretary")
			.number();
		String snapshot = snapshots.of(context.getBean(TicketQueries.class).idOf(number));
		String view = JsonPath.read(snapshot, "$.view");
		assertThat(view).contains("### Ticket#" + number + " · \\[Log in again\\]\\(https\\:\\/\\/evil\\.example\\)\n")
			.contains("**Customer** " + TicketSnapshots.literal(customer) + " · ")
			.doesNotContain("](https");
	}

	@Test
	void theConversationKeepsItsLineBreaksAndShowsTheNewestArticlesLiterally() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		AgentArticles articles = context.getBean(AgentArticles.class);
		for (int i = 1; i <= TicketSnapshots.NEWEST; i++) {
			articles.note(number, "agent", "Note " + i);
		}
		articles.note(number, "agent", "First line\n<script>alert(1)</script>\n> quoted");
		String view = JsonPath.read(snapshots.of(context.getBean(TicketQueries.class).idOf(number)), "$.view");

		assertThat(view).contains("the newest " + TicketSnapshots.NEWEST + " of " + (TicketSnapshots.NEWEST + 2))
			.contains("> Note 2\n", "> Note " + TicketSnapshots.NEWEST + "\n")
			.contains("> First line\n> \\<script\\>alert\\(1\\)\\<\\/script\\>\n> \\> quoted\n")
			.doesNotContain("It smokes", "> Note 1\n", "<script>");
		String older = JsonPath.read(snapshots.of(context.getBean(TicketQueries.class).idOf(desk.open("Support"))),
				"$.view");
		assertThat(older).contains("**Customer** · ");
		articles.note(number, "agent", "Line one\nLine two");
		assertThat((String) JsonPath.read(snapshots.of(context.getBean(TicketQueries.class).idOf(number)), "$.view"))
			.contains("> Line one\n> Line two\n");
	}
}
