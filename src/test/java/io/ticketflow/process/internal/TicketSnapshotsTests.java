package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.rights.Actors;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.OpenTicket;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
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
	void theFormLeavesTheConversationToTheTicketTab() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		context.getBean(AgentArticles.class).note(number, "agent", "Checked the cabling\non floor two.");
		long id = context.getBean(TicketQueries.class).idOf(number);
		String view = JsonPath.read(snapshots.of(id, true, "agent", "agent"), "$.view");

		assertThat(view).contains("The conversation (2 articles, attachments and history) is in the **Ticket** tab.")
			.doesNotContain("Checked the cabling", "It smokes")
			.doesNotContain("not claimed yet");
		assertThat((String) JsonPath.read(snapshots.of(id, false, "agent", "agent"), "$.view"))
			.startsWith("> This task is not claimed yet: whoever works on the ticket claims it first (**Claim**, top right).");
	}

	/** The header speaks the reader's language: its words, the ticket's state and type. */
	@Test
	void theHeaderIsInTheReadersLanguage() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		long id = context.getBean(TicketQueries.class).idOf(number);
		String view = JsonPath.read(snapshots.of(id, false, "agent", "agent", Language.RU), "$.view");

		assertThat(view).startsWith("> Эту задачу ещё никто не взял")
			.contains("### Ticket#" + number, "**Состояние** новая", "**Тип** не определён", "**Отвечено** нет",
					"Переписка (сообщений: 1, с вложениями и историей) — на вкладке **Заявка**")
			.doesNotContain("**State**", "**Customer**", "new");
	}

	/** Every other language's file has every word of the English header, and no other. */
	@Test
	void everyLanguageHasEveryWordOfTheHeader() throws IOException {
		for (Language language : Language.values()) {
			if (language == Language.EN) {
				continue;
			}
			Properties words = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/" + TicketSnapshots.TEXTS + "_" + language.code()
					+ ".properties")) {
				assertThat(in).as("the words in %s", language.code()).isNotNull();
				words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(words.stringPropertyNames()).as(language.code())
				.containsExactlyInAnyOrderElementsOf(Texts.base(TicketSnapshots.TEXTS).keySet());
		}
	}

	@Test
	void thePickersOfferOnlyWhomAndWhatTheStepMayChoose() {
		HelpDesk desk = new HelpDesk(context);
		TicketOpening opening = context.getBean(TicketOpening.class);
		String customer = desk.customer();
		String number = opening.open(new OpenTicket(customer, "Invoice twice", "Charged twice.", "Billing", null, null),
				"secretary").number();
		String sameCustomer = opening.open(new OpenTicket(customer, "And again", "Once more.", "Billing", null, null),
				"secretary").number();
		String other = desk.open("Sales");
		String closed = desk.open("Sales");
		TicketQueries queries = context.getBean(TicketQueries.class);
		context.getBean(TicketActions.class).close(queries.idOf(closed), true, "agent");
		KnowledgeBase faq = context.getBean(KnowledgeBase.class);
		long shown = faq.create(Actors.SYSTEM, new FaqDraft("Billing", "Why was I charged twice?",
				"A [double](https://evil.example) charge is refunded within 3 days.", null, "charged twice", "en",
				FaqState.PUBLIC)).id();
		long internal = faq.create(Actors.SYSTEM, new FaqDraft("Billing", "Refund codes for charged twice",
				"Use code R2.", null, "charged twice", "en", FaqState.INTERNAL)).id();

		String snapshot = snapshots.of(queries.idOf(number), true, "agent", "agent");

		List<String> consultants = JsonPath.read(snapshot, "$.consultants[*].value");
		assertThat(consultants).as("who may work a Billing ticket, but the agent who asks")
			.contains("agent2", "specialist", "specialist2")
			.doesNotContain("agent", "trainee", "observer", "manager");
		assertThat((List<String>) JsonPath.read(snapshot, "$.consultants[?(@.value == 'agent2')].label"))
			.containsExactly("Bea Agent (agent2)");
		// other tests of the shared database add queues of Support's group: the trainee works those too
		assertThat((List<List<String>>) JsonPath.read(snapshot, "$.agents[?(@.value == 'trainee')].queues"))
			.singleElement().satisfies(queues -> assertThat(queues).contains("Support").doesNotContain("Billing", "Sales"));
		assertThat((List<String>) JsonPath.read(snapshot, "$.agents[?(@.value == 'agent2')].label"))
			.as("the transfer picker shows the queues each agent works").containsExactly("Bea Agent (agent2) · Billing");
		assertThat((List<String>) JsonPath.read(snapshot, "$.agents[*].value")).contains("agent", "agent2")
			.doesNotContain("observer", "manager");
		assertThat((String) JsonPath.read(snapshot, "$.queue")).isEqualTo("Billing");

		List<String> entries = JsonPath.read(snapshot, "$.faqEntries[*].value");
		assertThat(entries).as("public entries only, the matching one first").startsWith(String.valueOf(shown))
			.doesNotContain(String.valueOf(internal));
		assertThat((String) JsonPath.read(snapshot, "$.faqEntries[0].preview")).as("shown in markdown, literally")
			.contains("A \\[double\\]").doesNotContain("](https");

		List<String> targets = JsonPath.read(snapshot, "$.mergeTargets[*].value");
		assertThat(targets).as("active tickets but this one, the same customer's first").startsWith(sameCustomer)
			.contains(other).doesNotContain(number, closed);
		assertThat((List<?>) JsonPath.read(snapshots.of(queries.idOf(number), false, null, null), "$.mergeTargets")).isEmpty();
		// a trainee who may read the task's form sees only the tickets of Support, whoever works the task
		assertThat((List<String>) JsonPath.read(snapshots.of(queries.idOf(number), true, "specialist", "trainee"),
				"$.mergeTargets[*].value")).as("tickets of queues the viewer does not see").doesNotContain(sameCustomer, other);
	}
}
