package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.EmbeddedPostgresConfiguration.DatabaseOwner;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import java.io.File;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** An MTA pipes raw messages in over HTTP or through bin/ticketflow-mail. */
@PostgresTest
class PipeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Http http;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
		http = new Http(port);
	}

	@Test
	void pipedMessageOpensATicketOnceAndUnreadableOnesAreKeptInQuarantine() {
		byte[] raw = Mailboxes.mail(Mailboxes.customer(), "Piped", "Through the MTA.", Mailboxes.messageId(), null);
		HttpResponse<String> first = http.postMail("admin", "/api/mail/inbound", raw);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/tickets/"));
		assertThat(first.body()).contains("\"outcome\":\"new_ticket\"");

		HttpResponse<String> again = http.postMail("admin", "/api/mail/inbound", raw);
		assertThat(again.body()).contains("\"outcome\":\"duplicate\"");

		HttpResponse<String> garbage = http.postMail("admin", "/api/mail/inbound", new byte[] { 0, 1, 2 });
		assertThat(garbage.statusCode()).isEqualTo(202);
		assertThat(garbage.body()).contains("\"outcome\":\"quarantined\"");
	}

	@Test
	void whenTheDatabaseCannotTakeTheMessageTheMtaIsToldToRetryAndNothingIsLost() throws Exception {
		byte[] raw = Mailboxes.mail(Mailboxes.customer(), "During an outage", "x", Mailboxes.messageId(), null);
		// renaming a table takes the owner: the application's own role cannot
		JdbcTemplate jdbc = context.getBean(DatabaseOwner.class).jdbc();
		jdbc.execute("alter table ticketflow.inbound_mail rename to inbound_mail_away");
		try {
			HttpResponse<String> refused = http.postMail("admin", "/api/mail/inbound", raw);
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.body()).contains("mail-temporarily-refused").doesNotContain("inbound_mail");
			assertThat(runScript(raw, "http://localhost:" + port)).isEqualTo(75);
		}
		finally {
			jdbc.execute("alter table ticketflow.inbound_mail_away rename to inbound_mail");
		}
		assertThat(http.postMail("admin", "/api/mail/inbound", raw).statusCode()).isEqualTo(201);
	}

	@Test
	void onlyAdministratorsMayPipe() {
		byte[] raw = Mailboxes.mail(Mailboxes.customer(), "Sneaky", "x", Mailboxes.messageId(), null);
		assertThat(http.postMail("agent", "/api/mail/inbound", raw).statusCode()).isEqualTo(403);
	}

	@Test
	void commandLineEntryTellsTheMtaWhatToDo() throws Exception {
		byte[] raw = Mailboxes.mail(Mailboxes.customer(), "Via script", "x", Mailboxes.messageId(), null);
		assertThat(runScript(raw, "http://localhost:" + port)).as("taken").isZero();
		assertThat(runScript(raw, "http://localhost:1")).as("temporary failure: deliver again later").isEqualTo(75);
	}

	private static int runScript(byte[] raw, String url) throws Exception {
		File input = File.createTempFile("mail", ".eml");
		input.deleteOnExit();
		java.nio.file.Files.write(input.toPath(), raw);
		ProcessBuilder builder = new ProcessBuilder("bash", "bin/ticketflow-mail").redirectInput(input)
			.redirectErrorStream(true);
		builder.environment().put("TICKETFLOW_URL", url);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}
}
