package io.ticketflow.mail.internal;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.mail.IngestResult;
import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.mail.MailSettings.StrangerPolicy;
import io.ticketflow.mail.internal.ParsedMail.MailAddress;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleDraft.AttachmentDraft;
import io.ticketflow.ticket.AutoResponseKind;
import io.ticketflow.ticket.AutoResponses;
import io.ticketflow.ticket.FollowUpReceipt;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketOpening;
import io.ticketflow.ticket.TicketQueries;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Turns a readable mail into a new ticket or a follow-up, and answers it automatically unless a robot sent it. */
@Component
public class MailToTicket {

	/** The lengths of the columns a mail's values go to (ticket, article, attachment, customer). */
	private static final int TITLE = 255;

	private static final int NAME = 200;

	private static final int ADDRESS = 2000;

	private static final int ADDRESSES = 4000;

	private static final int SUBJECT = 2000;

	private static final int MESSAGE_ID = 998;

	private static final int REFERENCES = 8000;

	private static final int FILENAME = 255;

	private static final int CONTENT_TYPE = 255;

	private final Threading threading;

	private final LoopProtection loops;

	private final Customers customers;

	private final TicketOpening opening;

	private final FollowUps followUps;

	private final TicketQueries tickets;

	private final AutoResponses autoResponses;

	private final MailSettings settings;

	MailToTicket(Threading threading, LoopProtection loops, Customers customers, TicketOpening opening,
			FollowUps followUps, TicketQueries tickets, AutoResponses autoResponses, MailSettings settings) {
		this.threading = threading;
		this.loops = loops;
		this.customers = customers;
		this.opening = opening;
		this.followUps = followUps;
		this.tickets = tickets;
		this.autoResponses = autoResponses;
		this.settings = settings;
	}

	public IngestResult take(ParsedMail mail, String queue, boolean trusted) {
		CustomerView customer = customers.findOrRegister(mail.from().address(), Fitted.line(mail.from().name(), NAME),
				mail.language());
		Optional<String> ticket = threading.ticketOf(mail);
		boolean stranger = ticket.isPresent()
				&& !tickets.participants(ticket.get()).contains(customer.email());
		if (ticket.isEmpty() || (stranger && settings.strangerPolicy() == StrangerPolicy.NEW_TICKET)) {
			String number = opening.openFromMail(customer.id(), title(mail), queue(mail, queue, trusted),
					draft(mail, true)).number();
			answer(mail, number, AutoResponseKind.NEW_TICKET);
			return new IngestResult(Outcome.NEW_TICKET, number, null);
		}
		if (stranger && settings.strangerPolicy() == StrangerPolicy.INTERNAL) {
			FollowUpReceipt kept = followUps.receiveFromStranger(ticket.get(), draft(mail, false));
			return new IngestResult(Outcome.KEPT_INTERNAL, kept.ticket(), null);
		}
		FollowUpReceipt receipt = followUps.receive(ticket.get(), draft(mail, true));
		return switch (receipt.outcome()) {
			case NEW_TICKET -> answered(mail, receipt.ticket(), AutoResponseKind.NEW_TICKET, Outcome.NEW_TICKET);
			case REJECTED -> answered(mail, receipt.ticket(), AutoResponseKind.REJECTED, Outcome.REJECTED);
			case REOPENED -> answered(mail, receipt.ticket(), AutoResponseKind.FOLLOW_UP, Outcome.REOPENED);
			default -> answered(mail, receipt.ticket(), AutoResponseKind.FOLLOW_UP, Outcome.FOLLOW_UP);
		};
	}

	private IngestResult answered(ParsedMail mail, String number, AutoResponseKind kind, Outcome outcome) {
		answer(mail, number, kind);
		return new IngestResult(outcome, number, null);
	}

	private void answer(ParsedMail mail, String number, AutoResponseKind kind) {
		if (!loops.isAutomated(mail) && loops.mayAnswer(mail.from().address())) {
			autoResponses.respond(number, kind);
		}
	}

	/** A trusted mailbox may name the queue in X-Ticketflow-Queue; otherwise a queue's own address wins. */
	private String queue(ParsedMail mail, String accountQueue, boolean trusted) {
		List<QueueView> queues = tickets.queues();
		String named = mail.header("x-ticketflow-queue");
		if (trusted && named != null && queues.stream().anyMatch(q -> q.name().equals(named.strip()))) {
			return named.strip();
		}
		List<String> recipients = java.util.stream.Stream.concat(mail.to().stream(), mail.cc().stream())
			.map(MailAddress::address).toList();
		return queues.stream().filter(q -> q.email() != null && recipients.contains(q.email().toLowerCase()))
			.map(q -> q.name()).findFirst().orElse(accountQueue);
	}

	private static String title(ParsedMail mail) {
		String subject = Fitted.line(mail.subject(), TITLE);
		return subject == null || subject.isBlank() ? "(no subject)" : subject;
	}

	/** The raw message keeps every value whole; the article keeps what fits its columns. */
	private static ArticleDraft draft(ParsedMail mail, boolean visible) {
		List<AttachmentDraft> files = mail.attachments().stream().map(a -> new AttachmentDraft(
				filename(a.filename()), Fitted.line(a.contentType(), CONTENT_TYPE), a.content())).toList();
		return ArticleDraft.fromMail(Fitted.cut(mail.from().address(), ADDRESS), addresses(mail.to()),
				addresses(mail.cc()), Fitted.line(mail.subject(), SUBJECT),
				Fitted.text(mail.textBody() == null ? "" : mail.textBody()), Fitted.text(mail.htmlBody()),
				Fitted.line(mail.messageId(), MESSAGE_ID), Fitted.line(mail.inReplyTo(), MESSAGE_ID),
				mail.references().isEmpty() ? null : Fitted.list(mail.references(), " ", REFERENCES), files, visible);
	}

	private static String addresses(List<MailAddress> addresses) {
		return addresses.isEmpty() ? null
				: Fitted.list(addresses.stream().map(MailAddress::address).toList(), ", ", ADDRESSES);
	}

	/** A name no file system takes is shortened in the middle, keeping its extension. */
	private static String filename(String name) {
		String line = Fitted.line(name, Integer.MAX_VALUE);
		if (line == null || line.length() <= FILENAME) {
			return line;
		}
		int dot = line.lastIndexOf('.');
		String extension = dot > 0 && line.length() - dot <= 16 ? line.substring(dot) : "";
		return Fitted.cut(line.substring(0, line.length() - extension.length()), FILENAME - extension.length())
				+ extension;
	}
}
