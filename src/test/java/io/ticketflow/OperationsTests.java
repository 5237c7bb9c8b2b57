package io.ticketflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What an operator watches: the figures at /actuator/prometheus, for administrators only, and the health probes a
 * load balancer or an orchestrator asks, open to all.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void theHelpDesksFiguresTheEnginesJobsAndTheJvmAreThereForAdministrators() {
		HelpDesk desk = new HelpDesk(context);
		String closed = desk.open("Support");
		desk.complete(closed, "Task_Work", "agent", java.util.Map.of("workAction", "close", "resolution", "successful"));
		http.postMail("admin", "/api/mail/inbound?queue=Support", ("From: ops@example.com\r\nTo: support@localhost\r\n"
				+ "Subject: Figures\r\nMessage-ID: <" + java.util.UUID.randomUUID() + "@example.com>\r\n\r\nHello.\r\n").getBytes());

		HttpResponse<String> figures = http.send("admin", "GET", "/actuator/prometheus", null, "text/plain");
		assertThat(figures.statusCode()).isEqualTo(200);
		assertThat(figures.body()).contains("ticketflow_tickets_opened_total{", "ticketflow_tickets_closed_total{",
				"state=\"closed_successful\"", "ticketflow_mails_taken_total{",
				"outcome=\"new_ticket\"", "ticketflow_outbox_pending{", "ticketflow_outbox_failed{",
				"ticketflow_outbox_oldest_pending_age_seconds{", "ticketflow_jobs_due{", "ticketflow_jobs_failed{",
				"ticketflow_tasklist_counts_counting{", "jvm_memory_used_bytes{", "node=\"");

		assertThat(http.get("agent", "/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(http.get("observer", "/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(http.anonymous("/actuator/prometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void everyLogLineSaysWhichNodeWroteIt(CapturedOutput output) {
		String node = context.getEnvironment().getProperty("ticketflow.node");
		assertThat(node).isNotBlank();
		LoggerFactory.getLogger(OperationsTests.class).info("a line of the node");
		assertThat(output.getOut()).containsPattern("INFO \\[" + java.util.regex.Pattern.quote(node) + "\\] .* a line of the node");
	}

	@Test
	void theProbesAnswerEveryone() {
		HttpResponse<String> liveness = http.anonymous("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"UP\"");
		HttpResponse<String> readiness = http.anonymous("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
	}
}
