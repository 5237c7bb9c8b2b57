package io.ticketflow.mail.internal;

import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which ticket a mail belongs to: the ticket number in the subject (with a valid check digit), else a Message-ID
 * of its In-Reply-To or References that one of our articles carries. Anything else is a new ticket.
 */
@Component
public class Threading {

	private static final Pattern NUMBER = Pattern.compile("\\[Ticket#(" + TicketNumber.DIGITS + ")]", Pattern.CASE_INSENSITIVE);

	private final TicketQueries tickets;

	Threading(TicketQueries tickets) {
		this.tickets = tickets;
	}

	public Optional<String> ticketOf(ParsedMail mail) {
		Matcher matcher = NUMBER.matcher(mail.subject() == null ? "" : mail.subject());
		while (matcher.find()) {
			if (isValid(matcher.group(1)) && tickets.exists(matcher.group(1))) {
				return Optional.of(matcher.group(1));
			}
		}
		List<String> ids = new ArrayList<>();
		if (mail.inReplyTo() != null) {
			ids.add(mail.inReplyTo());
		}
		ids.addAll(mail.references());
		return tickets.numberByMessageIds(ids);
	}

	private static boolean isValid(String number) {
		try {
			new TicketNumber(number);
			return true;
		}
		catch (InvalidInputException ex) {
			return false;
		}
	}
}
