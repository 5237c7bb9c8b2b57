package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.rights.Rights;
import io.ticketflow.TicketflowTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Standard responses fill their placeholders and wear the salutation and signature of the ticket's queue. */
@TicketflowTest
class StandardResponsesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	StandardResponses responses;

	@Autowired
	TicketQueries tickets;

	@Autowired
	MockMvc mvc;

	@Test
	void queueTextsAndPlaceholdersAreFilledIn() throws Exception {
		String number = new HelpDesk(context).open("Sales");
		mvc.perform(put("/api/admin/queues/Sales/texts").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"salutation\":\"Hello {{customer}}!\",\"signature\":\"Cheers, {{agent}} of {{queue}}\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(put("/api/admin/standard-responses/faq_answer").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"{{salutation}}\\nTicket {{ticket}}: {{faq}}\\n{{signature}}\"}"))
			.andExpect(status().isNoContent());
		long id = tickets.idOf(number);
		String text = responses.render(StandardResponses.FAQ_ANSWER, id, "agent", Map.of("faq", "Restart it."));
		String agent = context.getBean(Rights.class).nameOf("agent");
		assertThat(agent).as("a customer reads the agent's name, not the login").isNotEqualTo("agent");
		assertThat(text).isEqualTo("Hello Test Customer!\nTicket " + number + ": Restart it.\nCheers, " + agent + " of Sales");
	}

	@Test
	void everyReplyWearsTheQueuesSignatureWithTheAgentsNameOnce() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		String queue = desk.queueOfItsOwn("Signed");
		mvc.perform(put("/api/admin/queues/" + queue + "/texts").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"signature\":\"Best, {{agent}} ({{queue}})\"}"))
			.andExpect(status().isNoContent());
		String number = desk.open(queue);
		String signature = "Best, " + context.getBean(Rights.class).nameOf("agent") + " (" + queue + ")";

		desk.reply(number, "agent", "Fixed.");
		String fromAResponse = responses.render("agent", number, "thanks");
		desk.reply(number, "agent", fromAResponse);

		List<String> replies = tickets.articles(number).stream().filter(a -> a.visibleForCustomer()
				&& a.senderType() == SenderType.AGENT).map(ArticleView::body).toList();
		assertThat(replies).hasSize(2);
		assertThat(replies.get(0)).isEqualTo("Fixed.\n\n" + signature);
		assertThat(replies.get(1)).as("a standard response signs itself").endsWith(signature)
			.satisfies(body -> assertThat(body.indexOf(signature)).isEqualTo(body.lastIndexOf(signature)));
	}

	/**
	 * A queue's salutation and signature exist per language: each customer reads the queue's in their own language,
	 * and a language the queue has none for gets the queue's text for every language.
	 */
	@Test
	void aQueuesSignatureIsWrittenPerLanguageAndReadInTheCustomersLanguage() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		String queue = desk.queueOfItsOwn("Bilingual");
		String english = desk.open(queue);
		String russian = desk.open(queue);
		mvc.perform(put("/api/customers/language").param("email", tickets.ticket(russian).customer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"ru\"}").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk());
		mvc.perform(put("/api/admin/queues/" + queue + "/texts").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"signature\":\"Best, {{agent}}\"}"))
			.andExpect(status().isNoContent());
		String agent = context.getBean(Rights.class).nameOf("agent");
		assertThat(responses.signed("Done.", tickets.idOf(russian), "agent"))
			.as("a language without its own text: the queue's for every language").isEqualTo("Done.\n\nBest, " + agent);

		mvc.perform(put("/api/admin/queues/" + queue + "/texts?language=ru").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"salutation\":\"Добрый день, {{customer}}!\",\"signature\":\"С уважением, {{agent}}\"}"))
			.andExpect(status().isNoContent());
		assertThat(responses.signed("Готово.", tickets.idOf(russian), "agent")).isEqualTo("Готово.\n\nС уважением, " + agent);
		assertThat(responses.signed("Done.", tickets.idOf(english), "agent")).isEqualTo("Done.\n\nBest, " + agent);
		assertThat(responses.render("agent", russian, "thanks")).startsWith("Добрый день, Test Customer!");

		mvc.perform(put("/api/admin/queues/" + queue + "/texts?language=xx").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"signature\":\"?\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("language"));
		mvc.perform(put("/api/admin/queues/" + queue + "/texts?language=ru").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"signature\":\"Mine\"}"))
			.andExpect(status().isForbidden());
		// who may not write the texts is told so, whatever language they name
		mvc.perform(put("/api/admin/queues/" + queue + "/texts?language=xx").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"signature\":\"Mine\"}"))
			.andExpect(status().isForbidden());
		assertThat(responses.signed("Готово.", tickets.idOf(russian), "agent")).endsWith("С уважением, " + agent);
	}

	@Test
	void anAgentStartsAReplyFromAStandardResponseInTheCustomersLanguage() throws Exception {
		HelpDesk desk = new HelpDesk(context);
		// a queue of its own: no texts of another test's queue
		String queue = desk.queueOfItsOwn("Responses");
		String english = desk.open(queue);
		String russian = desk.open(queue);
		String ivan = tickets.ticket(russian).customer();
		mvc.perform(put("/api/customers/language").param("email", ivan).contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"ru\"}").with(httpBasic("agent", "demo"))).andExpect(status().isOk());
		String agent = context.getBean(Rights.class).nameOf("agent");

		mvc.perform(get("/api/standard-responses").with(httpBasic("agent", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$").value(org.hamcrest.Matchers.hasItems("thanks", "more_information", "in_progress", "solved")));
		mvc.perform(get("/api/tickets/" + english + "/standard-responses/solved").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Dear Test Customer,\n\nyour request " + english + " is solved. If anything "
					+ "is still wrong, simply answer this mail.\n\nKind regards,\n" + agent + "\nSupport team"));
		mvc.perform(get("/api/tickets/" + russian + "/standard-responses/solved").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("Здравствуйте, Test Customer!\n\nВаше обращение " + russian)))
			.andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.endsWith("С уважением,\n" + agent + "\nСлужба поддержки")));
		mvc.perform(get("/api/tickets/" + english + "/standard-responses/nonsense").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
		mvc.perform(get("/api/standard-responses").with(httpBasic("observer", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsChangeThem() throws Exception {
		mvc.perform(put("/api/admin/standard-responses/faq_answer").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"x\"}"))
			.andExpect(status().isForbidden());
		new HelpDesk(context);
		mvc.perform(put("/api/admin/queues/Support/texts").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"salutation\":\"x\"}"))
			.andExpect(status().isForbidden());
	}
}
