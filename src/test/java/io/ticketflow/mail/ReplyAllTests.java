package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.PostgresTest;
import io.ticketflow.mail.internal.OutboxDispatcher;
import io.ticketflow.ticket.Addressing;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.AttachmentView;
import io.ticketflow.ticket.Forwards;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketQueries;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** A reply with addresses in copy: the customer and each of them get the mail, and the article keeps who did. */
@PostgresTest
class ReplyAllTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	JavaMailSender sender;

	@Autowired
	AgentArticles articles;

	@Autowired
	TicketQueries tickets;

	@Autowired
	Forwards forwards;

	@Test
	void theCustomerAndEachAddressInCopyGetTheReply() throws Exception {
		String number = new HelpDesk(context).open("Support");
		String customer = tickets.ticket(number).customer();
		ArticleView reply = articles.reply(number, "agent", "The part is ordered.", List.of(), null,
				Addressing.copies(List.of("boss@example.com", " colleague@example.org ")));
		assertThat(reply.cc()).isEqualTo("boss@example.com, colleague@example.org");

		dispatcher.dispatchDue(sender, Instant.now());
		// the mail server keeps a copy for each recipient: the customer's and one for each address in copy
		List<MimeMessage> copies = Arrays.stream(server.getReceivedMessages())
			.filter(mail -> Mailboxes.subject(mail).contains("[Ticket#" + number + "]")
					&& Mailboxes.body(mail).contains("The part is ordered."))
			.toList();
		assertThat(copies).hasSize(3).allSatisfy(mail -> {
			assertThat(addresses(mail, Message.RecipientType.TO)).containsExactly(customer);
			assertThat(addresses(mail, Message.RecipientType.CC)).containsExactly("boss@example.com",
					"colleague@example.org");
		});
	}

	@Test
	void aReplyAddressedElsewhereReachesThatAddressUnderItsSubjectAndNotTheCustomer() throws Exception {
		String number = new HelpDesk(context).open("Support");
		String customer = tickets.ticket(number).customer();
		articles.reply(number, "agent", "Your colleague asked for the invoice.", List.of(), null,
				new Addressing(List.of("accounts@example.org"), List.of(), "The invoice"));

		dispatcher.dispatchDue(sender, Instant.now());
		assertThat(new Mailboxes(server).inbox("accounts@example.org")).singleElement().satisfies(mail -> {
			assertThat(Mailboxes.subject(mail)).isEqualTo("[Ticket#" + number + "] The invoice");
			assertThat(Mailboxes.body(mail)).contains("Your colleague asked for the invoice.");
		});
		assertThat(new Mailboxes(server).inbox(customer)).noneMatch(mail ->
				Mailboxes.body(mail).contains("Your colleague asked for the invoice."));
	}

	@Test
	void anArticleIsForwardedWithItsFilesToSomeoneElseAndTheCustomerNeverSeesIt() throws Exception {
		String number = new HelpDesk(context).open("Support");
		ArticleView withFile = articles.note(number, "agent", "The customer's log.", List.of(
				new ArticleDraft.AttachmentDraft("boot.log", "text/plain", "kernel panic".getBytes())), null);
		ArticleView forward = forwards.forward(number, "agent", withFile.id(), List.of("vendor@example.net"),
				"Can you look at this log?");
		assertThat(forward.visibleForCustomer()).isFalse();
		assertThat(forward.attachments()).extracting(AttachmentView::filename).containsExactly("boot.log");
		assertThat(tickets.ticket(number).answered()).as("a forward answers nobody").isFalse();
		assertThat(tickets.history(number)).anyMatch(h -> h.type() == HistoryType.FORWARDED
				&& h.detail().contains("vendor@example.net"));

		dispatcher.dispatchDue(sender, Instant.now());
		assertThat(new Mailboxes(server).inbox("vendor@example.net")).singleElement().satisfies(mail -> {
			assertThat(Mailboxes.subject(mail)).startsWith("Fwd:").contains("[Ticket#" + number + "]");
			assertThat(new String(mail.getInputStream().readAllBytes())).contains("Can you look at this log?");
		});
		assertThat(new Mailboxes(server).inbox(tickets.ticket(number).customer())).noneMatch(mail ->
				Mailboxes.subject(mail).contains("Fwd:"));
	}

	private static List<String> addresses(MimeMessage mail, Message.RecipientType type) throws Exception {
		return mail.getRecipients(type) == null ? List.of()
				: Arrays.stream(mail.getRecipients(type)).map(Object::toString).toList();
	}
}
