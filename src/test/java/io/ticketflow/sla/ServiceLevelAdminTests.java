package io.ticketflow.sla;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Administrators keep calendars, service levels and their assignments; bad ones are refused naming the field. */
@TicketflowTest
class ServiceLevelAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void anAdministratorDefinesACalendarAServiceLevelAndGivesItToAQueue() throws Exception {
		new HelpDesk(context);
		put("admin", "/api/admin/calendars/Moscow office", """
				{"timeZone": "Europe/Moscow", "hours": {"MONDAY": ["14:00-18:00", "09:00-13:00"],
				 "FRIDAY": ["09:00-16:00"]}, "holidays": ["--01-07", "2027-03-08"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.hours.MONDAY[0]").value("09:00-13:00"))
			.andExpect(jsonPath("$.holidays[0]").value("--01-07"));
		put("admin", "/api/admin/service-levels/Gold", """
				{"calendar": "Moscow office", "firstResponseMinutes": 60, "solutionMinutes": 480}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.warnPercent").value(80))
			.andExpect(jsonPath("$.calendar").value("Moscow office"));
		put("admin", "/api/admin/service-level-assignments", """
				{"to": "QUEUE", "target": "Billing", "serviceLevel": "Gold"}""").andExpect(status().isOk());

		mvc.perform(get("/api/admin/calendars").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[*].name", Matchers.hasItems("24/7", "Moscow office")));
		mvc.perform(get("/api/admin/service-level-assignments").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.target == 'Billing')].serviceLevel").value("Gold"));
	}

	@Test
	void onlyAdministratorsKeepServiceLevels() throws Exception {
		new HelpDesk(context);
		put("manager", "/api/admin/service-levels/Silver", "{\"firstResponseMinutes\": 60}")
			.andExpect(status().isForbidden());
		put("agent", "/api/admin/calendars/Mine", "{\"timeZone\": \"UTC\", \"hours\": {\"MONDAY\": [\"09:00-17:00\"]}}")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/service-levels").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void badCalendarsServiceLevelsAndAssignmentsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		new HelpDesk(context);
		calendarRefused("{\"timeZone\": \"Mars/Olympus\", \"hours\": {\"MONDAY\": [\"09:00-17:00\"]}}", "timeZone");
		calendarRefused("{\"timeZone\": \"UTC\", \"hours\": {\"MONDAY\": [\"17:00-09:00\"]}}", "hours.MONDAY[0]");
		calendarRefused("{\"timeZone\": \"UTC\", \"hours\": {\"MONDAY\": [\"09:00-13:00\", \"12:00-17:00\"]}}",
				"hours.MONDAY[1]");
		calendarRefused("{\"timeZone\": \"UTC\", \"hours\": {}}", "hours");
		calendarRefused("{\"timeZone\": \"UTC\", \"hours\": {\"MONDAY\": [\"09:00-17:00\"]}, \"holidays\": [\"someday\"]}",
				"holidays[0]");
		mvc.perform(get("/api/admin/calendars").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.name == 'Broken')]").isEmpty());

		levelRefused("{\"calendar\": \"Nowhere\", \"firstResponseMinutes\": 60}", "calendar");
		levelRefused("{\"firstResponseMinutes\": 0}", "firstResponseMinutes");
		levelRefused("{\"solutionMinutes\": -5}", "solutionMinutes");
		levelRefused("{\"warnPercent\": 50}", "firstResponseMinutes");
		levelRefused("{\"firstResponseMinutes\": 60, \"warnPercent\": 100}", "warnPercent");
		mvc.perform(get("/api/admin/service-levels").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.name == 'Broken')]").isEmpty());

		put("admin", "/api/admin/service-levels/Bronze", "{\"updateMinutes\": 600}").andExpect(status().isOk());
		put("admin", "/api/admin/service-level-assignments",
				"{\"to\": \"QUEUE\", \"target\": \"No such queue\", \"serviceLevel\": \"Bronze\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("target"));
		put("admin", "/api/admin/service-level-assignments",
				"{\"to\": \"COMPANY\", \"target\": \"Nobody Ltd\", \"serviceLevel\": \"Bronze\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("target"));
		put("admin", "/api/admin/service-level-assignments",
				"{\"to\": \"QUEUE\", \"target\": \"Sales\", \"serviceLevel\": \"Platinum\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("serviceLevel"));
		mvc.perform(get("/api/admin/service-level-assignments").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$[?(@.serviceLevel == 'Platinum' || @.target == 'No such queue')]").isEmpty());
	}

	private void calendarRefused(String json, String field) throws Exception {
		put("admin", "/api/admin/calendars/Broken", json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field));
	}

	private void levelRefused(String json, String field) throws Exception {
		put("admin", "/api/admin/service-levels/Broken", json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field));
	}

	private ResultActions put(String user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
			.contentType(MediaType.APPLICATION_JSON).content(json).with(httpBasic(user, "demo")));
	}
}
