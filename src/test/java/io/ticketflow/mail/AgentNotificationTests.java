package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.process.Directory;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.HistoryView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketWatchers;
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

	@Autowired
	TicketWatchers watchers;

	HelpDesk desk;

	Mailboxes mailboxes;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
		mailboxes = new Mailboxes(server);
	}

	/** Each agent reads in the language their webapps speak to them; a ticket's states too. */
	@Test
	void eachAgentHearsInTheirOwnLanguage() {
		Directory directory = context.getBean(Directory.class);
		directory.readsIn("agent2", Language.RU);
		String queued = desk.open("Billing");
		dispatch();

		assertThat(notificationsTo("agent2", queued)).singleElement().satisfies(mail -> {
			assertThat(Mailboxes.subject(mail)).isEqualTo("[Ticket#" + queued + "] Новая заявка в вашей очереди: Printer on fire");
			assertThat(Mailboxes.body(mail)).startsWith("Новая заявка в вашей очереди.")
				.contains("Заявка " + queued + ": Printer on fire", "Очередь: Billing", "Открыть Tasklist: ");
		});
		assertThat(notificationsTo("agent", queued)).singleElement()
			.satisfies(mail -> assertNotification(mail, queued, "New ticket in your queue", "Billing"));

		watchers.watch("agent2", queued, true);
		desk.complete(queued, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		dispatch();
		assertThat(notificationsTo("agent2", queued)).extracting(Mailboxes::subject)
			.contains("[Ticket#" + queued + "] Состояние изменилось: было «новая», стало «закрыта успешно»: Printer on fire");
	}

	@Test
	void dispatchersHearOfNewTicketsAndAgentsOfTicketsInTheirQueues() {
		String triaged = desk.open(null);
		String queued = desk.open("Billing");
		dispatch();

		assertThat(notificationsTo("secretary", triaged)).singleElement()
			.satisfies(mail -> assertNotification(mail, triaged, "New ticket to triage", "Raw"));
		assertThat(notificationsTo("agent2", queued)).singleElement()
			.satisfies(mail -> assertNotification(mail, queued, "New ticket in your queue", "Billing"));
		assertThat(notificationsTo("agent", queued)).hasSize(1);
		assertThat(notificationsTo("trainee", queued)).as("Billing is not the trainee's queue").isEmpty();
		assertThat(notificationsTo("agent", triaged)).as("triage is the dispatchers' work").isEmpty();
		assertThat(notificationsTo("observer", triaged)).isEmpty();
		assertThat(notificationsTo("observer", queued)).isEmpty();
	}

	@Test
	void consultedSpecialistAndAuthorizersHearOfTheirTasks() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist", "body", "?"));
		desk.complete(number, "Task_Consult", "specialist", Map.of("consultAction", "return", "note", "fine"));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "authorize", "authorizationRequest", "refund"));
		dispatch();

		assertThat(notificationsTo("specialist", number)).singleElement()
			.satisfies(mail -> assertNotification(mail, number, "You are consulted", "Support"));
		assertThat(notificationsTo("specialist2", number)).as("only the one consulted").isEmpty();
		assertThat(notificationsTo("authorizer", number)).singleElement()
			.satisfies(mail -> assertNotification(mail, number, "Authorization requested", "Support"));
	}

	@Test
	void theOwnerHearsWhenTheCustomerWritesAgain() {
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "note", "body", "looking"));
		dispatch();
		int before = notificationsTo("agent", number).size();

		followUps.receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(number).customer(), "Re", "?"));
		dispatch();

		assertThat(notificationsTo("agent", number)).hasSize(before + 1).last()
			.satisfies(mail -> assertNotification(mail, number, "The customer wrote again", "Support"));
		assertThat(notificationsTo("agent2", number)).isEmpty();
	}

	@Test
	void watchersHearOfTheCustomersMessagesAndOfEachChangeOfStateButNotOfTheirOwn() {
		String number = desk.open("Support");
		assertThat(watchers.watch("trainee", number, true)).containsExactly("trainee");
		assertThat(watchers.watch("secretary", number, true)).containsExactly("secretary", "trainee");
		assertThat(watchers.watch("secretary", number, false)).containsExactly("trainee");
		assertThat(watchers.watch("agent", number, false)).as("stopping a watch never started changes nothing")
			.containsExactly("trainee");
		assertThat(tickets.history(number)).extracting(HistoryView::type)
			.containsSubsequence(HistoryType.WATCHED, HistoryType.WATCHED, HistoryType.UNWATCHED)
			.filteredOn(type -> type == HistoryType.WATCHED || type == HistoryType.UNWATCHED).hasSize(3);
		assertThatThrownBy(() -> watchers.watch("observer", number, true)).isInstanceOf(ForbiddenException.class);

		followUps.receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, tickets.ticket(number).customer(), "Re", "?"));
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "close", "resolution", "successful"));
		dispatch();

		assertThat(notificationsTo("trainee", number)).extracting(Mailboxes::subject).contains(
				"[Ticket#" + number + "] The customer wrote again: " + tickets.ticket(number).title(),
				"[Ticket#" + number + "] State changed from new to closed successful: " + tickets.ticket(number).title());
		assertThat(notificationsTo("secretary", number)).as("no longer watching").isEmpty();
		assertThat(notificationsTo("agent", number)).extracting(Mailboxes::subject)
			.as("the one who closed it hears nothing of it").noneMatch(s -> s.contains("State changed"));
	}

	private void assertNotification(MimeMessage mail, String number, String what, String queue) {
		assertThat(Mailboxes.subject(mail)).isEqualTo("[Ticket#" + number + "] " + what + ": "
				+ tickets.ticket(number).title());
		assertThat(Mailboxes.body(mail)).contains("Ticket " + number, "Queue: " + queue,
				"Customer: " + tickets.ticket(number).customer(), "/camunda/app/tasklist/");
	}

	/**
	 * The notifications are in the outbox once the change committed, written in its transaction; the dispatcher
	 * sends them, and the mail server has them once it accepted them.
	 */
	private void dispatch() {
		dispatcher.dispatchDue(sender, Instant.now());
	}

	private List<MimeMessage> notificationsTo(String user, String number) {
		return mailboxes.inbox(user + "@ticketflow.localhost").stream()
			.filter(m -> Mailboxes.subject(m).startsWith("[Ticket#" + number + "] ")).toList();
	}
}
