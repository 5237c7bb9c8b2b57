package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
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
		assertThat((String) JsonPath.read(snapshot, "$.title"))
			.isEqualTo("\\[Log in again\\]\\(https\\:\\/\\/evil\\.example\\)");
		assertThat((String) JsonPath.read(snapshot, "$.customer")).isEqualTo(TicketSnapshots.literal(customer));
	}
}
