package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketQueries;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer is written to in their language: found from their first mail, kept, editable; the automatic answers
 * exist per language, and an administrator writes each.
 */
@TicketflowTest
class CustomerLanguageTests {

	@Autowired
	MailIngestion ingestion;

	@Autowired
	TicketQueries tickets;

	@Autowired
	Customers customers;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
	}

	@Test
	void aRussianCustomersFirstMailGetsARussianAnswerAnEnglishOneAnEnglishAnswer() {
		String ivan = "ivan-" + UUID.randomUUID() + "@example.ru";
		String number = mail(ivan, "Иван Петров", "Не работает принтер", "Добрый день! Принтер не печатает с утра.",
				Charset.forName("KOI8-R"));
		ArticleView answer = autoResponse(number);
		assertThat(answer.subject()).isEqualTo("[Ticket#" + number + "] Мы получили ваше обращение");
		assertThat(answer.body()).startsWith("Здравствуйте, Иван Петров!").contains("«Не работает принтер»")
			.endsWith("Ваша служба поддержки").doesNotContain("Dear", "team", "Support");
		assertThat(customers.byEmail(ivan).orElseThrow().language()).isEqualTo(Language.RU);

		String anna = "anna-" + UUID.randomUUID() + "@example.com";
		String english = mail(anna, "Anna Smith", "Printer broken", "Good morning, the printer does not print.",
				StandardCharsets.UTF_8);
		assertThat(autoResponse(english).body()).startsWith("Dear Anna Smith,").endsWith("Your support team")
			.doesNotContain("Support team", "Raw team");
		assertThat(customers.byEmail(anna).orElseThrow().language()).isEqualTo(Language.EN);
	}

	@Test
	void theCustomersLanguageIsKeptAndChangedOnlyOnPurpose() throws Exception {
		String ivan = "ivan-" + UUID.randomUUID() + "@example.ru";
		mail(ivan, "Иван", "Принтер", "Принтер не печатает.", StandardCharsets.UTF_8);
		// a later mail in English does not change the language found from the first one
		String later = mail(ivan, "Иван", "Printer", "Sorry, in English: the printer is broken.", StandardCharsets.UTF_8);
		assertThat(autoResponse(later).body()).startsWith("Здравствуйте");

		// Ivan's tickets wait for triage: the dispatchers care for him, not an agent of another queue
		mvc.perform(put("/api/customers/language").param("email", ivan).contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"en\"}").with(httpBasic("agent2", "demo")))
			.andExpect(status().isForbidden());
		assertThat(customers.byEmail(ivan).orElseThrow().language()).isEqualTo(Language.RU);
		mvc.perform(put("/api/customers/language").param("email", ivan).contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"en\"}").with(httpBasic("secretary", "demo")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.language").value("en"));
		String third = mail(ivan, "Иван", "Принтер снова", "Принтер опять не печатает.", StandardCharsets.UTF_8);
		assertThat(autoResponse(third).body()).startsWith("Dear Иван");

		mvc.perform(put("/api/customers/language").param("email", ivan).contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"tlh\"}").with(httpBasic("secretary", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("language"));
		mvc.perform(put("/api/customers/language").param("email", ivan).contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"ru\"}").with(httpBasic("observer", "demo")))
			.andExpect(status().isForbidden());
		assertThat(customers.byEmail(ivan).orElseThrow().language()).isEqualTo(Language.EN);
	}

	@Test
	void anAdministratorWritesTheAnswerOfEachLanguage() throws Exception {
		String queue = new HelpDesk(context).queueOfItsOwn("Languages");
		mvc.perform(put("/api/admin/queues/" + queue + "/auto-responses/new_ticket").param("language", "ru")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"Обращение {{ticket}} принято\", \"body\": \"Здравствуйте, {{customer}}! Ждите ответа.\"}")
			.with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andExpect(jsonPath("$.language").value("ru"));
		mvc.perform(get("/api/admin/queues/" + queue + "/auto-responses/new_ticket").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.subject").value("We received your request"));
		mvc.perform(get("/api/admin/queues/" + queue + "/auto-responses/new_ticket").param("language", "xx")
			.with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("language"));

		String number = mail("olga-" + UUID.randomUUID() + "@example.ru", "Ольга", "Сканер", "Сканер не сканирует.",
				Charset.forName("windows-1251"), queue);
		assertThat(autoResponse(number).body()).isEqualTo("Здравствуйте, Ольга! Ждите ответа.");
	}

	private String mail(String from, String name, String subject, String body, Charset charset) {
		return mail(from, name, subject, body, charset, "Support");
	}

	private String mail(String from, String name, String subject, String body, Charset charset, String queue) {
		String raw = "From: =?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(name.getBytes(charset))
				+ "?= <" + from + ">\r\nTo: support@localhost\r\nSubject: =?" + charset.name() + "?B?"
				+ Base64.getEncoder().encodeToString(subject.getBytes(charset)) + "?=\r\nMessage-ID: <" + UUID.randomUUID()
				+ "@example.ru>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + charset.name()
				+ "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
		return ingestion.ingest(raw.getBytes(charset), "test", queue, false).ticket();
	}

	private ArticleView autoResponse(String number) {
		return tickets.articles(number).stream().filter(a -> a.senderType() == SenderType.SYSTEM).reduce((a, b) -> b)
			.orElseThrow();
	}
}
