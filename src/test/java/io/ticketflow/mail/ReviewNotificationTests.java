package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.process.Directory;
import io.ticketflow.rights.Actors;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import io.ticketflow.ticket.TicketOpening;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "A reply waits for review" goes to those who may review it: never to its trainee, nor to anyone who may not. */
@TicketflowTest
class ReviewNotificationTests {

	static final String QUEUE = "Review-Notice";

	static final String GROUP = "queue-review-notice";

	@Autowired
	Queues queues;

	@Autowired
	Directory directory;

	@Autowired
	Customers customers;

	@Autowired
	TicketOpening opening;

	@Autowired
	AgentArticles articles;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		if (!queues.exists(QUEUE)) {
			queues.create(Actors.SYSTEM, new QueueView(QUEUE, GROUP, FollowUpPolicy.REOPEN, null));
		}
		directory.ensureGroup(GROUP, GROUP);
		directory.ensureUser("rn-trainee", "Tara", "Trainee", "demo", List.of("trainees", GROUP));
		directory.ensureUser("rn-trainee2", "Theo", "Trainee", "demo", List.of("trainees", GROUP));
		directory.ensureUser("rn-agent", "Andy", "Agent", "demo", List.of("agents", GROUP));
		directory.ensureUser("rn-admin", "Adele", "Admin", "demo", List.of("admins", GROUP));
		directory.ensureUser("rn-observer", "Otto", "Observer", "demo", List.of("observers", GROUP));
		directory.ensureUser("rn-outsider", "Omar", "Agent", "demo", List.of("agents"));
	}

	@Test
	void onlyThoseWhoMayReviewHearThatATraineesReplyWaits() {
		String customer = "c-review-" + System.nanoTime() + "@example.com";
		customers.register(new NewCustomer(customer, "Review Customer", null));
		String number = opening.open(new OpenTicket(customer, "Printer on fire", "It smokes.", QUEUE, null, null),
				"rn-agent").number();

		articles.reply(number, "rn-trainee", "Have you tried turning it off?");

		assertThat(jdbc.queryForList("select o.recipient from ticketflow.outbox o join ticketflow.ticket t "
				+ "on t.id = o.ticket_id where t.number = ? and o.purpose = 'AGENT' and o.subject like ?", String.class,
				number, "%waits for review%"))
			.containsExactlyInAnyOrder("rn-agent@ticketflow.localhost", "rn-admin@ticketflow.localhost");
	}
}
