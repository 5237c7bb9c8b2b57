package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/tickets?q=}: an agent finds a ticket by what they remember of it, in Russian or English, on every
 * database, best match first, with the matched words shown, and only among the tickets they may see. Each test looks
 * for a word of its own, so the tickets of other tests never match.
 */
abstract class TicketSearchContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Customers customers;

	String token;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		token = "tf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void findsAWordOfTheConversationInAnotherFormTheTitleFirstWithTheWordsMarked() throws Exception {
		String inBody = open("Support", "Question " + token, "Наш принтер сломался <script>alert(1)</script> опять");
		String inTitle = open("Support", "Принтер " + token + " не печатает", "Помогите, пожалуйста.");
		open("Support", "Другой " + token, "Про сканер, не про печать.");

		ResultActions found = search("agent", "q=принтера " + token);
		assertThat(numbers(found)).containsExactly(inTitle, inBody);
		String snippet = JsonPath.read(found.andReturn().getResponse().getContentAsString(), "$.content[1].snippet");
		// markup of the text never reaches the reader as markup: escaped (H2) or left out (PostgreSQL's headline)
		assertThat(snippet).contains("<mark>принтер</mark>").contains("alert(1)").doesNotContain("<script");
		found.andExpect(jsonPath("$.content[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>Принтер</mark>")))
			.andExpect(jsonPath("$.content[0].score").isNumber())
			.andExpect(jsonPath("$.content[0].title").value("Принтер " + token + " не печатает"))
			.andExpect(jsonPath("$.totalElements").value(2));
		assertThat(numbers(search("agent", "q=invoices " + token))).isEmpty();
	}

	@Test
	void findsEnglishWordsInTheirOtherForms() throws Exception {
		String number = open("Support", "Invoice " + token, "The invoices of March are missing.");
		assertThat(numbers(search("agent", "q=" + token + " invoices"))).containsExactly(number);
		assertThat(numbers(search("agent", "q=" + token + " missing march"))).containsExactly(number);
	}

	@Test
	void filtersAndQueueRightsApplyToWhatIsFound() throws Exception {
		String support = open("Support", "Tray " + token, "Paper jam.");
		String billing = open("Billing", "Refund " + token, "Paper refund.");
		assertThat(numbers(search("agent", "q=" + token))).containsExactlyInAnyOrder(support, billing);
		// a trainee works Support only, and finds nothing of Billing
		assertThat(numbers(search("trainee", "q=" + token))).containsExactly(support);
		assertThat(numbers(search("agent", "q=" + token + "&queue=Billing"))).containsExactly(billing);
		assertThat(numbers(search("agent", "q=" + token + "&state=closed_successful"))).isEmpty();
		String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
		assertThat(numbers(search("agent", "q=" + token + "&createdFrom=" + tomorrow))).isEmpty();
		assertThat(numbers(search("agent", "q=" + token + "&createdTo=" + tomorrow))).hasSize(2);
		// sorted otherwise on request: the newest first
		assertThat(numbers(search("agent", "q=" + token + "&sort=created"))).containsExactly(billing, support);
	}

	@Test
	void findsByNumberCustomerCompanyAndAttachedFileInAKoi8Mail() throws Exception {
		String company = "Acme " + token + " Ltd";
		String email = token + "@example.org";
		customers.register(new NewCustomer(email, "Сергей Иванов", company));
		String mailed = pipe(email, "Принтер " + token, "Картридж закончился, принтер не печатает.", "scan-" + token + ".pdf");
		assertThat(numbers(search("agent", "q=" + mailed))).startsWith(mailed);
		assertThat(numbers(search("agent", "q=" + email))).containsExactly(mailed);
		assertThat(numbers(search("agent", "q=acme " + token.toUpperCase()))).containsExactly(mailed);
		assertThat(numbers(search("agent", "q=scan-" + token))).containsExactly(mailed);
		assertThat(numbers(search("agent", "q=картриджа " + token))).containsExactly(mailed);
		// the company's tickets, whatever the spelling of its name
		assertThat(numbers(search("agent", "company=" + company.toUpperCase()))).containsExactly(mailed);
	}

	@Test
	void aCompanyIsOneCompanyHoweverItsNameIsSpeltWithItsCustomersAndTickets() throws Exception {
		customers.register(new NewCustomer("a-" + token + "@example.org", "Ann", "Globex " + token + " Ltd"));
		customers.register(new NewCustomer("b-" + token + "@example.org", "Ben", "  GLOBEX   " + token.toUpperCase() + " ltd "));
		String json = mvc.perform(get("/api/companies").param("q", "globex " + token).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(json, "$[*].name")).containsExactly("Globex " + token + " Ltd");
		assertThat(JsonPath.<List<Integer>>read(json, "$[*].customers")).containsExactly(2);
		mvc.perform(get("/api/companies").with(httpBasic("observer", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/companies").param("q", "x".repeat(300)).with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("q"));
	}

	@Test
	void aQueryTooLongOrAnOrderWithoutAQueryIsRefusedWithTheField() throws Exception {
		mvc.perform(get("/api/tickets").param("q", "x".repeat(10_240)).with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"));
		mvc.perform(get("/api/tickets").param("sort", "relevance").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("sort"));
		mvc.perform(get("/api/tickets").param("q", "printer\u0000").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"));
		mvc.perform(get("/api/tickets").param("createdFrom", "yesterday").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("createdFrom"));
		// punctuation only: nothing to look for, nothing found
		assertThat(numbers(search("agent", "q=!!! ???"))).isEmpty();
	}

	private String open(String queue, String title, String body) throws Exception {
		String json = """
				{"customer": "%s", "title": "%s", "body": "%s", "queue": "%s"}""".formatted(
				new HelpDesk(context).customer(), title, body.replace("\"", "\\\""), queue);
		String created = mvc.perform(post("/api/tickets").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(httpBasic("secretary", "demo"))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.number");
	}

	private String pipe(String from, String subject, String body, String fileName) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(MimeMessage.RecipientType.TO, "support@example.com");
		message.setSubject(subject, "KOI8-R");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(body, "KOI8-R");
		MimeBodyPart file = new MimeBodyPart();
		file.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] { 37, 80, 68, 70 }, "application/pdf")));
		file.setFileName(fileName);
		message.setContent(new MimeMultipart(text, file));
		message.saveChanges();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		String result = mvc.perform(post("/api/mail/inbound").param("queue", "Support").contentType("message/rfc822")
			.content(raw.toByteArray()).with(httpBasic("admin", "demo"))).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		return JsonPath.read(result, "$.ticket");
	}

	private ResultActions search(String user, String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/tickets").with(httpBasic(user, "demo"));
		for (String parameter : query.split("&")) {
			request.param(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1));
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	private static List<String> numbers(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.content[*].number");
	}
}
