package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.process.Directory;
import io.ticketflow.rights.Actors;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.sla.AssignedTo;
import io.ticketflow.sla.Escalations;
import io.ticketflow.sla.NewAssignment;
import io.ticketflow.sla.ServiceLevelDefinition;
import io.ticketflow.sla.ServiceLevels;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The seed's explosive customer: marked sensitive by those who work their tickets, their tickets are of priority 4
 * at least, take the queue's service level for sensitive customers, a reply from anyone but a senior agent waits for
 * a senior's review, a special agent is consulted but never responsible, and their messages reach the owner at once.
 */
@TicketflowTest
class SensitiveCustomerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Autowired
	Customers customers;

	@Autowired
	JdbcTemplate jdbc;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void anAgentOfTheTicketsQueueMarksTheCustomerAndTheTicketSaysSo() throws Exception {
		String email = newCustomer(null);
		String number = open(email, "Support", 2);
		mark("agent", email, true).andExpect(status().isOk()).andExpect(jsonPath("$.tickets").value(1));

		assertThat(tickets.ticket(number).priority()).isEqualTo(4);
		assertThat(tickets.history(number)).filteredOn(h -> h.type() == HistoryType.CUSTOMER_SENSITIVITY).singleElement()
			.satisfies(h -> assertThat(h.actor()).isEqualTo("agent"));
		mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.sensitiveCustomer").value(true));
		assertThat(tickets.ticket(open(email, "Support", 1)).priority()).as("a new ticket of theirs").isEqualTo(4);
		mvc.perform(put("/api/tickets/" + number + "/priority").contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": 2}").with(httpBasic("agent", "demo"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("priority"));
		mvc.perform(put("/api/tickets/" + number + "/priority").contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": 5}").with(httpBasic("specialist", "demo"))).andExpect(status().isForbidden());
		mvc.perform(put("/api/tickets/" + number + "/priority").contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\": 5}").with(httpBasic("agent", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.priority").value(5));

		mark("agent", email, false).andExpect(status().isOk());
		mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.sensitiveCustomer").value(false));
	}

	@Test
	void onlyAdministratorsAndAgentsOfTheirTicketsQueuesMarkACustomer() throws Exception {
		String email = newCustomer(null);
		open(email, "Support", 3);
		mark("agent2", email, true).andExpect(status().isForbidden()); // works Billing only
		mark("observer", email, true).andExpect(status().isForbidden());
		mark("manager", email, true).andExpect(status().isForbidden());
		assertThat(customers.idOf(email).map(customers::isSensitive)).contains(false);
		mark("admin", email, true).andExpect(status().isOk());
		mark("agent", "nobody-" + UUID.randomUUID() + "@example.com", true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("email"));
		mvc.perform(put("/api/customers/sensitive").param("email", email).contentType(MediaType.APPLICATION_JSON)
			.content("{}").with(httpBasic("agent", "demo"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("sensitive"));
	}

	@Test
	void aWholeCompanyIsMarkedAtOnce() throws Exception {
		String company = "Touchy " + UUID.randomUUID().toString().substring(0, 8);
		String first = open(newCustomer(company), "Billing", 3);
		String second = open(newCustomer(company), "Billing", 5);
		mvc.perform(put("/api/companies/" + company + "/sensitive").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sensitive\": true}").with(httpBasic("agent2", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.tickets").value(2));
		assertThat(tickets.ticket(first).priority()).isEqualTo(4);
		assertThat(tickets.ticket(second).priority()).as("never lowered").isEqualTo(5);
	}

	@Test
	void aReplyFromAnyoneButASeniorWaitsForASeniorsReview() throws Exception {
		String email = newCustomer(null);
		String billing = open(email, "Billing", 3);
		String support = open(email, "Support", 3);
		mark("admin", email, true).andExpect(status().isOk());

		reply(billing, "agent2").andExpect(status().isAccepted()); // a junior agent
		reply(support, "trainee").andExpect(status().isAccepted());
		reply(support, "agent").andExpect(status().isCreated()); // a senior
		assertThat(history(billing, HistoryType.REPLY_HELD_FOR_REVIEW)).hasSize(1);

		// another junior agent of Billing may review a trainee's reply, but not one to a sensitive customer
		context.getBean(Directory.class).ensureUser("junior3", "Jo", "Junior", "demo",
				List.of("agents", "queue-billing"));
		AgentArticles articles = context.getBean(AgentArticles.class);
		ArticleView held = articles.reply(billing, "agent2", "One more try.");
		assertThatThrownBy(() -> articles.releaseReviewed(tickets.idOf(billing), "junior3", held.id(), "x"))
			.isInstanceOf(ForbiddenException.class).hasMessageContaining("senior");
		articles.releaseReviewed(tickets.idOf(billing), "agent", held.id(), "One more try.");
		assertThat(history(billing, HistoryType.REVIEW_APPROVED)).hasSize(1);
	}

	@Test
	void aSpecialAgentIsConsultedButNeverResponsible() {
		String email = newCustomer(null);
		String number = open(email, "Support", 3);
		context.getBean(SensitiveCustomers.class).markCustomer("agent", email, true);
		TicketActions actions = context.getBean(TicketActions.class);

		assertThatThrownBy(() -> actions.transfer(tickets.idOf(number), null, "specialist", "agent"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("targetAgent"));
		assertThatThrownBy(() -> actions.take(tickets.idOf(number), "specialist")).isInstanceOf(ForbiddenException.class);
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "consult", "consultant", "specialist",
				"body", "Is the invoice right?"));
		assertThat(tickets.ticket(number).responsible()).isEqualTo("agent");
	}

	@Test
	void theQueuesServiceLevelForSensitiveCustomersApplies() {
		ServiceLevels levels = context.getBean(ServiceLevels.class);
		levels.defineServiceLevel("admin", "Sales everyday", new ServiceLevelDefinition(null, 480, null, null, null));
		levels.defineServiceLevel("admin", "Sales sensitive", new ServiceLevelDefinition(null, 30, null, null, null));
		Queues queues = context.getBean(Queues.class);
		if (!queues.exists("Careful sales")) {
			queues.create(Actors.SYSTEM, new QueueView("Careful sales", "queue-sales", FollowUpPolicy.REJECT, null));
		}
		levels.assign("admin", new NewAssignment(AssignedTo.QUEUE, "Careful sales", "Sales everyday"));
		levels.assign("admin", new NewAssignment(AssignedTo.SENSITIVE_QUEUE, "Careful sales", "Sales sensitive"));
		String email = newCustomer(null);
		String number = open(email, "Careful sales", 3);
		Escalations escalations = context.getBean(Escalations.class);
		assertThat(escalations.of(tickets.idOf(number)).serviceLevel()).isEqualTo("Sales everyday");

		context.getBean(SensitiveCustomers.class).markCustomer("agent", email, true);
		assertThat(escalations.of(tickets.idOf(number)).serviceLevel()).isEqualTo("Sales sensitive");
		assertThat(history(number, HistoryType.SERVICE_LEVEL_SET)).last()
			.satisfies(h -> assertThat(h.detail()).contains("Sales sensitive", "sensitive queue Careful sales"));
	}

	@Test
	void everyMessageOfTheCustomerReachesTheOwnerAtOnce() {
		String email = newCustomer(null);
		String number = open(email, "Support", 3);
		desk.complete(number, "Task_Work", "agent", Map.of("workAction", "note", "body", "Mine."));
		context.getBean(SensitiveCustomers.class).markCustomer("agent", email, true);
		context.getBean(FollowUps.class).receive(number, ArticleDraft.fromCustomer(Channel.EMAIL, email,
				"Re: [Ticket#" + number + "]", "Still nothing?!"));
		List<String> to = jdbc.queryForList("select recipient from ticketflow.outbox where ticket_id = ? and subject like ?",
				String.class, tickets.idOf(number), "%The customer wrote again%");
		assertThat(to).contains("agent@ticketflow.localhost");
	}

	private String newCustomer(String company) {
		String email = "s-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		customers.register(new NewCustomer(email, "Sam Sensitive", company));
		return email;
	}

	private String open(String email, String queue, int priority) {
		return context.getBean(TicketOpening.class)
			.open(new OpenTicket(email, "Again!", "Third time I write.", queue, priority, null), "secretary").number();
	}

	private List<HistoryView> history(String number, HistoryType type) {
		return tickets.history(number).stream().filter(h -> h.type() == type).toList();
	}

	private ResultActions mark(String user, String email, boolean sensitive) throws Exception {
		return mvc.perform(put("/api/customers/sensitive").param("email", email).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sensitive\": " + sensitive + "}").with(httpBasic(user, "demo")));
	}

	private ResultActions reply(String number, String user) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"reply\", \"body\": \"We are on it.\"}").with(httpBasic(user, "demo")));
	}
}
