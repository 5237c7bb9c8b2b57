package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.AttachmentView;
import io.ticketflow.ticket.TicketQueries;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The .eml corpus through the whole PostMaster: tickets, attachments, loop protection and quarantine. */
@PostgresTest
class CorpusIngestionTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	TicketQueries tickets;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		new HelpDesk(context);
	}

	@Test
	void attachmentsAreKeptWithDecodedNamesAndServedAsTheyCame() throws IOException {
		IngestResult result = ingest("rfc2231-filename.eml");
		assertThat(result.outcome()).isIn(Outcome.NEW_TICKET, Outcome.DUPLICATE);
		ArticleView article = tickets.articles(result.ticket()).get(0);
		assertThat(article.attachments()).extracting(AttachmentView::filename).contains("Счет.pdf", "Договор.docx");
		AttachmentView pdf = article.attachments().stream().filter(a -> a.filename().equals("Счет.pdf")).findFirst().orElseThrow();
		var response = new Http(port).send("admin", "GET", "/api/tickets/" + result.ticket() + "/attachments/" + pdf.id(), null, "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		byte[] served = new Http(port).bytes("admin", "/api/tickets/" + result.ticket() + "/attachments/" + pdf.id());
		assertThat((long) served.length).isEqualTo(pdf.size());
		assertThat(new String(served, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@ParameterizedTest
	@ValueSource(strings = { "auto-submitted.eml", "precedence-bulk.eml", "list-id.eml", "x-loop.eml",
			"empty-return-path.eml", "mailer-daemon.eml" })
	void robotsOpenTicketsButGetNoAutomaticAnswer(String fixture) throws IOException {
		IngestResult result = ingest(fixture);
		assertThat(result.ticket()).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from ticketflow.outbox o join ticketflow.ticket t on t.id = o.ticket_id "
				+ "where t.number = ? and o.automatic and o.purpose = 'CUSTOMER'", Long.class, result.ticket())).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "garbage.eml, not", "unknown-charset.eml, charset", "no-sender.eml, sender" })
	void unreadableMailGoesToQuarantineWithItsReason(String fixture, String reason) throws IOException {
		IngestResult result = ingest(fixture);
		assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
		assertThat(result.reason()).containsIgnoringCase(reason);
		assertThat(jdbc.queryForObject("select count(*) from ticketflow.inbound_mail where status = 'QUARANTINED' and reason = ?",
				Long.class, result.reason())).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "windows-1251.eml", "koi8-r.eml", "iso-8859-15.eml", "html-only.eml", "nested-rfc822.eml",
			"alternative.eml", "related.eml", "rfc2047-subject.eml" })
	void everyReadableMailLandsInExactlyOneTicket(String fixture) throws IOException {
		IngestResult first = ingest(fixture);
		assertThat(first.outcome()).isIn(Outcome.NEW_TICKET, Outcome.DUPLICATE);
		IngestResult again = ingest(fixture);
		assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
		assertThat(again.ticket()).isEqualTo(first.ticket());
		assertThat(tickets.articles(first.ticket()).get(0).body()).isNotBlank();
	}

	@Test
	void oversizeMailIsQuarantined() {
		byte[] huge = new byte[16 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		IngestResult result = ingestion.ingest(huge, "t", "Raw", false);
		assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
		assertThat(result.reason()).contains("larger than");
	}

	private IngestResult ingest(String fixture) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/mail/" + fixture)) {
			return ingestion.ingest(in.readAllBytes(), "corpus", "Raw", false);
		}
	}
}
