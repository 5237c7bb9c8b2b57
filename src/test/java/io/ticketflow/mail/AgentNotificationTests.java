package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** Agents hear by mail of what waits for them. */
@PostgresTest
class AgentNotificationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	FollowUps followUps;

	@Autowired
	TicketQueries tickets;

	HelpDesk desk;

	Mailboxes mailboxes;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		mailboxes = new Mailboxes(server);
	}

	@Test
	void dispatchersHearOfNewTicketsAndAgentsOfTicketsInTheirQueues() throws Exception {
		String triaged = desk.open(null);
		assertThat(notificationsTo("secretary", triaged, "triage")).isNotEmpty();
		String queued = desk.open("Billing");
		assertThat(notificationsTo("agent2", queued, "queue")).isNotEmpty();
	}

	@Test
	void consultedSpecialistAndAuthorizersHearOfTheirTasks() throws Exception {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		assertThat(notificationsTo("specialist", number, "consulted")).isNotEmpty();
		desk.complete(number, "Task_Consult", "specialist", Map.of("consultAction", "return", "note", "fine"));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "authorize", "authorizationRequest", "refund"));
		assertThat(notificationsTo("authorizer", number, "Authorization")).isNotEmpty();
	}

	@Test
	void theOwnerHearsWhenTheCustomerWritesAgain() throws Exception {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "note", "body", "looking"));
		followUps.receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(number).customer(), "Re", "?"));
		assertThat(notificationsTo("agent", number, "wrote again")).isNotEmpty();
	}

	/** Notifications are written after commit on another thread: wait a little for them. */
	private List<MimeMessage> notificationsTo(String user, String number, String what) throws Exception {
		String address = user + "@ticketflow.localhost";
		for (int attempt = 0; attempt < 50; attempt++) {
			dispatcher.dispatchDue(sender, Instant.now());
			List<MimeMessage> found = mailboxes.inbox(address).stream().filter(m -> Mailboxes.subject(m).contains(number) && Mailboxes.subject(m).contains(what)).toList();
			if (!found.isEmpty()) {
				return found;
			}
			Thread.sleep(100);
		}
		return List.of();
	}
}
