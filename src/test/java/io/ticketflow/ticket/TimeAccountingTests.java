package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** OTRS's time accounting: minutes entered with notes and replies, summed on the ticket and on the dashboard. */
@TicketflowTest
class TimeAccountingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries tickets;

	@Test
	void minutesEnteredWithNotesAndRepliesAddUpOnTheTicketAndTheDashboard() throws Exception {
		String number = new HelpDesk(context).open("Support");
		write(number, "agent", "note", "Checked the logs.", 15).andExpect(status().isCreated());
		write(number, "agent", "reply", "Fixed, please try again.", 20).andExpect(status().isCreated());
		write(number, "agent", "note", "No time entered.", null).andExpect(status().isCreated());
		mvc.perform(get("/api/tickets/" + number).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.minutesSpent").value(35));

		String figures = mvc.perform(get("/api/reports/dashboard").with(httpBasic("manager", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(figures, "$.timePerQueue[?(@.name == 'Support')].minutes"))
			.singleElement().satisfies(minutes -> assertThat(minutes).isGreaterThanOrEqualTo(35));
		assertThat(JsonPath.<List<Integer>>read(figures, "$.timePerAgent[?(@.name == 'agent')].minutes"))
			.singleElement().satisfies(minutes -> assertThat(minutes).isGreaterThanOrEqualTo(35));
	}

	@Test
	void noMinutesOutsideADayOrWithACustomersCallAndNothingIsWrittenThen() throws Exception {
		String number = new HelpDesk(context).open("Support");
		int before = tickets.articles(number).size();
		write(number, "agent", "note", "Zero.", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minutes"));
		write(number, "agent", "reply", "Too long.", 1441).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minutes"));
		write(number, "agent", "customer", "She called.", 5).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minutes"));
		assertThat(tickets.articles(number)).hasSize(before);
		assertThat(tickets.minutesSpent(number)).isZero();
	}

	@Test
	void minutesEnteredInTheWorkFormCountOnceWithTheirNoteOrReply() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "note", "body", "Called the vendor.",
				"minutes", 12));
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "reply", "body", "It works again."));
		assertThat(tickets.minutesSpent(number)).as("the note's minutes, not counted again with the reply").isEqualTo(12);
		desk.complete(number, "Task_Work", "agent", java.util.Map.of("workAction", "replyAndClose", "body", "Done.",
				"resolution", "successful", "minutes", 3));
		assertThat(tickets.minutesSpent(number)).isEqualTo(15);
	}

	private ResultActions write(String number, String user, String kind, String body, Integer minutes) throws Exception {
		String json = "{\"kind\": \"" + kind + "\", \"body\": \"" + body + "\""
				+ (minutes == null ? "" : ", \"minutes\": " + minutes) + "}";
		return mvc.perform(post("/api/tickets/" + number + "/articles").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(httpBasic(user, "demo")));
	}
}
