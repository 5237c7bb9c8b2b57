package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
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
		assertThat(text).isEqualTo("Hello Test Customer!\nTicket " + number + ": Restart it.\nCheers, agent of Sales");
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
