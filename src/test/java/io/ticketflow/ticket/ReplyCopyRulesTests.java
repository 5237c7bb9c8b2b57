package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Addresses in copy go with an agent's reply only, each an address, and not with a reply held for review. */
@TicketflowTest
class ReplyCopyRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Test
	void aCopyGoesWithAReplyOnlyAndNothingIsWrittenOtherwise() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int before = tickets.articles(number).size();
		write(number, "agent", "note", "[\"boss@example.com\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cc"));
		write(number, "agent", "reply", "[\"not an address\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cc[0]"));
		write(number, "trainee", "reply", "[\"boss@example.com\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cc"));
		assertThat(tickets.articles(number)).hasSize(before);

		write(number, "agent", "reply", "[\"boss@example.com\"]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.cc").value("boss@example.com"));
	}

	@Test
	void aReplyWithFilesTakesItsCopiesToo() throws Exception {
		String number = new HelpDesk(context).open("Support");
		MockMultipartFile file = new MockMultipartFile("files", "log.txt", "text/plain", "boot log".getBytes());
		mvc.perform(multipart("/api/tickets/" + number + "/articles").file(file).param("kind", "reply")
			.param("body", "Log attached.").param("cc", "boss@example.com").with(httpBasic("agent", "demo")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.cc").value("boss@example.com"))
			.andExpect(jsonPath("$.attachments[0].filename").value("log.txt"));
		mvc.perform(multipart("/api/tickets/" + number + "/articles").file(file).param("kind", "note")
			.param("body", "Log attached.").param("cc", "boss@example.com").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cc"));
		mvc.perform(multipart("/api/tickets/" + number + "/articles").file(file).param("kind", "reply")
			.param("body", "Log attached.").param("cc", "nobody").with(httpBasic("agent", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aForwardNamesItsAddressesAndIsNotForThoseWhoseMailIsReviewed() throws Exception {
		String number = new HelpDesk(context).open("Support");
		long first = tickets.articles(number).get(0).id();
		forward(number, first, "trainee", "[\"vendor@example.net\"]").andExpect(status().isForbidden());
		forward(number, first, "specialist", "[\"vendor@example.net\"]").andExpect(status().isForbidden());
		forward(number, first, "agent", "[]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
		String other = new HelpDesk(context).open("Support");
		forward(other, first, "agent", "[\"vendor@example.net\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("article"));
		forward(number, first, "agent", "[\"vendor@example.net\"]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.to").value("vendor@example.net")).andExpect(jsonPath("$.visibleForCustomer").value(false));
	}

	private ResultActions forward(String number, long article, String user, String to) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles/" + article + "/forward")
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\": " + to + ", \"body\": \"FYI\"}")
			.with(httpBasic(user, "demo")));
	}

	private ResultActions write(String number, String user, String kind, String cc) throws Exception {
		return mvc.perform(post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"" + kind + "\", \"body\": \"Copied.\", \"cc\": " + cc + "}")
			.with(httpBasic(user, "demo")));
	}
}
