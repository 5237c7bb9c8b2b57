package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import io.ticketflow.HelpDesk;
import io.ticketflow.Http;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** Notes and replies with files, over real HTTP; a reply's mail carries its files to the customer. */
@PostgresTest
class ArticleFilesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	TicketQueries tickets;

	Http http;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		desk = new HelpDesk(context);
	}

	@Test
	void aReplysFilesReachTheCustomerAsTheyWereUploaded() throws Exception {
		String number = desk.open("Support");
		byte[] pdf = ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> reply = post("agent", number, "reply", "The invoice is attached.",
				new File("invoice.pdf", "application/pdf", pdf), new File("notes.txt", "text/plain", "a\nb".getBytes()));
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
		assertThat(JsonPath.<List<String>>read(reply.body(), "$.attachments[*].filename")).containsExactly("invoice.pdf", "notes.txt");
		assertThat(JsonPath.<List<String>>read(reply.body(), "$.attachments[*].contentType"))
			.containsExactly("application/pdf", "text/plain");

		dispatcher.dispatchDue(sender, Instant.now());
		MimeMessage mail = new Mailboxes(server).inbox(tickets.ticket(number).customer()).stream()
			.filter(m -> Mailboxes.subject(m).startsWith("[Ticket#" + number + "]")).findFirst().orElseThrow();
		assertThat(mail.getContentType()).startsWith("multipart/mixed");
		Multipart parts = (Multipart) mail.getContent();
		BodyPart file = null;
		for (int i = 0; i < parts.getCount(); i++) {
			if ("invoice.pdf".equals(parts.getBodyPart(i).getFileName())) {
				file = parts.getBodyPart(i);
			}
		}
		assertThat(file).as("the PDF is attached").isNotNull();
		assertThat(file.getContentType()).startsWith("application/pdf");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		file.getDataHandler().writeTo(bytes);
		assertThat(bytes.toByteArray()).isEqualTo(pdf);
	}

	@Test
	void aNotesFileIsKeptWithItsContentType() {
		String number = desk.open("Support");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };
		HttpResponse<String> note = post("agent", number, "note", "Screenshot of the error.",
				new File("screen.png", "image/png", png));
		assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
		int id = JsonPath.read(note.body(), "$.attachments[0].id");
		assertThat(http.bytes("agent", "/api/tickets/" + number + "/attachments/" + id)).isEqualTo(png);
	}

	@Test
	void tooBigTooManyOrMisplacedFilesAreRefusedAndNothingIsKept() {
		String number = desk.open("Support");
		int before = tickets.articles(number).size();
		HttpResponse<String> big = post("agent", number, "note", "Too big.",
				new File("big.bin", "application/octet-stream", new byte[10 * 1024 * 1024 + 1]));
		assertThat(big.statusCode()).as(big.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(big.body(), "$.errors[0].field")).isEqualTo("files");
		File small = new File("a.txt", "text/plain", "a".getBytes());
		HttpResponse<String> many = post("agent", number, "note", "Many.", small, small, small, small, small, small,
				small, small, small, small, small);
		assertThat(many.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(many.body(), "$.field")).isEqualTo("files");
		HttpResponse<String> call = post("agent", number, "customer", "She called.", small);
		assertThat(JsonPath.<String>read(call.body(), "$.field")).isEqualTo("kind");
		HttpResponse<String> trainee = post("trainee", number, "reply", "Held for review.", small);
		assertThat(trainee.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(trainee.body(), "$.field")).isEqualTo("files");
		assertThat(post("observer", number, "note", "Not mine.", small).statusCode()).isEqualTo(403);
		assertThat(tickets.articles(number)).hasSize(before);
	}

	record File(String name, String type, byte[] content) {
	}

	private HttpResponse<String> post(String user, String number, String kind, String body, File... files) {
		String boundary = "----tf" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		field(out, boundary, "kind", kind);
		field(out, boundary, "body", body);
		for (File file : files) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
					+ "\"\r\nContent-Type: " + file.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(file.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.sendBytes(user, "POST", "/api/tickets/" + number + "/articles", out.toByteArray(),
				"multipart/form-data; boundary=" + boundary);
	}

	private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}
}
