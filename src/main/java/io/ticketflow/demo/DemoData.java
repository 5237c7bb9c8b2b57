package io.ticketflow.demo;

import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.process.Directory;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.process.WorkAction;
import io.ticketflow.rights.Actors;
import io.ticketflow.rights.Persona;
import io.ticketflow.rights.Right;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.Language;
import io.ticketflow.sla.AssignedTo;
import io.ticketflow.sla.CalendarDefinition;
import io.ticketflow.sla.NewAssignment;
import io.ticketflow.sla.ServiceLevelDefinition;
import io.ticketflow.sla.ServiceLevels;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import io.ticketflow.ticket.SensitiveCustomers;
import io.ticketflow.ticket.StandardResponses;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketView;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo help desk of the default run: one login per persona (password {@code demo}), queues, customers and a
 * few tickets in different states. Loaded once, on the first start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ticketflow.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final List<String> QUEUE_GROUPS = List.of("queue-support", "queue-billing", "queue-sales");

	private static final Map<Persona, String[]> NAMES = Map.of(Persona.ADMINS, new String[] { "Ada", "Admin" },
			Persona.DISPATCHERS, new String[] { "Sofia", "Secretary" }, Persona.AGENTS, new String[] { "Alex", "Agent" },
			Persona.TRAINEES, new String[] { "Tim", "Trainee" }, Persona.SPECIALISTS,
			new String[] { "Sergey", "Specialist" }, Persona.AUTHORIZERS, new String[] { "Aurora", "Authorizer" },
			Persona.OBSERVERS, new String[] { "Olga", "Observer" }, Persona.MANAGERS, new String[] { "Max", "Manager" });

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Directory directory;

	private final Queues queues;

	private final Customers customers;

	private final TicketOpening opening;

	private final AgentArticles articles;

	private final TicketTasks tasks;

	private final TransactionTemplate transaction;

	private final KnowledgeBase knowledgeBase;

	private final Clock clock;

	private final ServiceLevels serviceLevels;

	private final SensitiveCustomers sensitive;

	private final StandardResponses responses;

	DemoData(Directory directory, Queues queues, Customers customers, TicketOpening opening, AgentArticles articles,
			TicketTasks tasks, TransactionTemplate transaction, KnowledgeBase knowledgeBase, Clock clock,
			ServiceLevels serviceLevels, SensitiveCustomers sensitive, StandardResponses responses) {
		this.clock = clock;
		this.responses = responses;
		this.serviceLevels = serviceLevels;
		this.sensitive = sensitive;
		this.knowledgeBase = knowledgeBase;
		this.directory = directory;
		this.queues = queues;
		this.customers = customers;
		this.opening = opening;
		this.articles = articles;
		this.tasks = tasks;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		users();
		if (queues.exists("Support")) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			queues.create(Actors.SYSTEM, new QueueView("Support", "queue-support", FollowUpPolicy.REOPEN, null));
			queues.create(Actors.SYSTEM, new QueueView("Billing", "queue-billing", FollowUpPolicy.NEW_TICKET, null));
			queues.create(Actors.SYSTEM, new QueueView("Sales", "queue-sales", FollowUpPolicy.REJECT, null));
			faq();
			customers.register(new NewCustomer("anna@example.com", "Anna Petrova", "Example Ltd"));
			customers.register(new NewCustomer("boris@example.com", "Boris Ivanov", "Example Ltd"));
			customers.register(new NewCustomer("carla@example.org", "Carla Gomez", null));
			customers.register(new NewCustomer("dmitry@example.ru", "Дмитрий Козлов", "Kozlov & Partners"));
			customers.changeLanguage(Actors.SYSTEM, "dmitry@example.ru", Language.RU);
			queueTexts();
			serviceLevels();
		});
		tickets();
		sensitiveCustomer();
		log.info("demo data loaded: log in as {}, agent2 or specialist2 with the password '{}'",
				Arrays.stream(Persona.values()).map(Persona::login).collect(Collectors.joining(", ")), PASSWORD);
	}

	private void faq() {
		knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Accounts", "How do I reset my password?",
				"Open the portal's login page, choose \"Forgot password\" and follow the link we mail you. "
						+ "The link is valid for 24 hours.", null, "password reset login link", "en", FaqState.PUBLIC));
		knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Учётные записи", "Как сбросить пароль?",
				"Откройте страницу входа на портал, выберите «Забыли пароль» и перейдите по ссылке из письма. "
						+ "Ссылка действует 24 часа.", null, "пароль сброс вход ссылка", "ru", FaqState.PUBLIC));
		knowledgeBase.create(Actors.SYSTEM, new FaqDraft("Network", "The VPN drops every hour",
				"Known issue of VPN client 5.2: update to 5.3. Internal: the gateway's idle timeout is 60 minutes.",
				null, "vpn disconnect timeout", "en", FaqState.INTERNAL));
	}

	/**
	 * Office hours in Moscow with Russia's public holidays; every queue answers within four working hours, and a
	 * sensitive customer of Support within 30 minutes round the clock.
	 */
	private void serviceLevels() {
		serviceLevels.defineCalendar("admin", "Moscow office", new CalendarDefinition("Europe/Moscow",
				Map.of("MONDAY", OFFICE, "TUESDAY", OFFICE, "WEDNESDAY", OFFICE, "THURSDAY", OFFICE, "FRIDAY", OFFICE),
				List.of("--01-01", "--01-02", "--01-03", "--01-04", "--01-05", "--01-06", "--01-07", "--01-08",
						"--02-23", "--03-08", "--05-01", "--05-09", "--06-12", "--11-04")));
		serviceLevels.defineServiceLevel("admin", "Standard",
				new ServiceLevelDefinition("Moscow office", 240, 480, 2400, null));
		serviceLevels.defineServiceLevel("admin", "Sensitive", new ServiceLevelDefinition(null, 30, 60, 480, 50));
		for (String queue : List.of("Support", "Billing", "Sales")) {
			serviceLevels.assign("admin", new NewAssignment(AssignedTo.QUEUE, queue, "Standard"));
		}
		serviceLevels.assign("admin", new NewAssignment(AssignedTo.SENSITIVE_QUEUE, "Support", "Sensitive"));
	}

	private static final List<String> OFFICE = List.of("09:00-13:00", "14:00-18:00");

	/** Each queue signs in English and in Russian, with the team's name and how to reach it. */
	private void queueTexts() {
		for (String[] queue : new String[][] {
				{ "Support", "Support team", "Служба технической поддержки", "+1 555 0100", "+7 495 000-01-00" },
				{ "Billing", "Billing team", "Бухгалтерия", "+1 555 0200", "+7 495 000-02-00" },
				{ "Sales", "Sales team", "Отдел продаж", "+1 555 0300", "+7 495 000-03-00" } }) {
			responses.writeQueueTexts(Actors.SYSTEM, queue[0], Language.EN, "Dear {{customer}},",
					"Kind regards,\n{{agent}}\n" + queue[1] + " · Example Help Desk · " + queue[3]);
			responses.writeQueueTexts(Actors.SYSTEM, queue[0], Language.RU, "Здравствуйте, {{customer}}!",
					"С уважением,\n{{agent}}\n" + queue[2] + " · Example Help Desk · " + queue[4]);
		}
	}

	/**
	 * The seed's explosive customer: marked sensitive by the agent, their ticket is of priority 4, under the
	 * Sensitive service level, and the trainee's reply waits for a senior agent.
	 */
	private void sensitiveCustomer() {
		TicketView angry = opening.open(new OpenTicket("dmitry@example.ru", "Третий раз пишу: счёт так и не исправлен",
				"Я уже дважды писал вам об ошибке в счёте. Если сегодня не исправите — ухожу к конкурентам.", "Support",
				3, null), Actors.SYSTEM);
		sensitive.markCustomer("agent", "dmitry@example.ru", true);
		articles.reply(angry.number(), "trainee", "Здравствуйте, Дмитрий! Мы проверяем ваш счёт и ответим сегодня.");
	}

	/** One login per persona, named as the declaration says; agents work every queue, trainees Support. */
	private void users() {
		for (String queueGroup : QUEUE_GROUPS) {
			directory.ensureGroup(queueGroup, "Queue " + queueGroup.substring(6));
		}
		for (Persona persona : Persona.values()) {
			String[] name = NAMES.getOrDefault(persona, new String[] { persona.login(), persona.title() });
			List<String> groups = new ArrayList<>(List.of(persona.group()));
			if (persona.has(Right.WORK_OWN_QUEUES)) {
				groups.addAll(persona.has(Right.REPLIES_REVIEWED) ? QUEUE_GROUPS.subList(0, 1) : QUEUE_GROUPS);
			}
			if (persona == Persona.AGENTS) {
				groups.add(Rights.SENIORS);
			}
			user(persona.login(), name[0], name[1], groups.toArray(String[]::new));
		}
		user("specialist2", "Sandra", "Specialist", Persona.SPECIALISTS.group());
		// a junior agent: works every queue, but a reply to a sensitive customer waits for a senior's review
		List<String> junior = new ArrayList<>(List.of(Persona.AGENTS.group()));
		junior.addAll(QUEUE_GROUPS);
		user("agent2", "Bea", "Agent", junior.toArray(String[]::new));
	}

	private void user(String id, String first, String last, String... groups) {
		directory.ensureUser(id, first, last, PASSWORD, List.of(groups));
	}

	private void tickets() {
		opening.open(new OpenTicket("anna@example.com", "Cannot log in to the portal",
				"Since this morning the portal says my password is wrong.", null, null, null), Actors.SYSTEM);
		opening.open(new OpenTicket("boris@example.com", "Invoice 2026-114 charged twice",
				"Our card was charged twice for the same invoice. Please refund one payment.", "Billing", 4, null),
				Actors.SYSTEM);
		TicketView vpn = opening.open(new OpenTicket("carla@example.org", "VPN drops every hour",
				"The VPN connection drops every hour on the hour.", "Support", 3, null), Actors.SYSTEM);
		tasks.work(vpn.number(), "agent", WorkAction.REPLY, Map.of("body",
				"Thank you, Carla. Which VPN client version do you use?"));
		TicketView reset = opening.open(new OpenTicket("anna@example.com", "Password reset link expired",
				"The reset link in your mail says it expired.", "Support", 2, null), Actors.SYSTEM);
		tasks.work(reset.number(), "agent", WorkAction.PENDING, Map.of("pendingType", "autoClose", "pendingUntil",
				clock.instant().plus(7, ChronoUnit.DAYS).toString()));
		TicketView done = opening.open(new OpenTicket("boris@example.com", "Change of billing address",
				"Please use our new address from next month.", "Billing", 3, null), Actors.SYSTEM);
		articles.reply(done.number(), "agent", "Done: the new address is on file.");
		tasks.work(done.number(), "agent", WorkAction.CLOSE, Map.of("resolution", "successful"));
	}
}
