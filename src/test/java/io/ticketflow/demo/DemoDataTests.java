package io.ticketflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.Lanes;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Persona;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.StandardResponses;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo the README's first command starts: a login per persona, and a help desk that writes to each customer in
 * their language, each queue signing as itself.
 */
@SpringBootTest(properties = { "camunda.bpm.process-engine-name=demo", "ticketflow.demo.enabled=true" })
@ActiveProfiles("test")
@ResourceLock(Lanes.H2)
class DemoDataTests {

	@Autowired
	IdentityService identity;

	@Autowired
	Customers customers;

	@Autowired
	StandardResponses responses;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPersonaHasALogin() {
		for (Persona persona : Persona.values()) {
			assertThat(identity.checkPassword(persona.login(), DemoData.PASSWORD)).as(persona.login()).isTrue();
		}
	}

	@Test
	void theRussianCustomerIsWrittenToInRussianAndTheEnglishOneInEnglishEachQueueSigningAsItself() {
		assertThat(customers.byEmail("dmitry@example.ru").orElseThrow().language()).isEqualTo(Language.RU);

		assertThat(responses.render("in_progress", ticketOf("dmitry@example.ru"), "agent", Map.of()))
			.startsWith("Здравствуйте, Дмитрий Козлов!")
			.contains("Мы работаем над вашим обращением", "Служба технической поддержки · Example Help Desk")
			.doesNotContain("Dear", "Support team");
		assertThat(responses.render("in_progress", ticketOf("carla@example.org"), "agent", Map.of()))
			.startsWith("Dear Carla Gomez,")
			.contains("Alex Agent\nSupport team · Example Help Desk · +1 555 0100")
			.doesNotContain("Здравствуйте");
		assertThat(responses.render("thanks", ticketOf("boris@example.com"), "agent", Map.of()))
			.contains("Billing team · Example Help Desk");
	}

	private long ticketOf(String customer) {
		return jdbc.queryForObject("select min(t.id) from ticketflow.ticket t join ticketflow.customer c on c.id = t.customer_id "
				+ "where c.email = ?", Long.class, customer);
	}
}
