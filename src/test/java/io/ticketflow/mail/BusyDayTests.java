package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.ticket.TicketQueries;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A busy day: the 100,000th ticket of a day is opened (its number has 17 digits, as in OTRS) and a customer's answer
 * to it finds it by the tag in its subject. Until then the 100,000th ticket of a day could not be opened, nor any after
 * it that day: every mail went to quarantine.
 */
@TicketflowTest
class BusyDayTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailIngestion ingestion;

	@Autowired
	TicketQueries tickets;

	@Test
	void theHundredThousandthTicketOfADayIsOpenedAndFoundByItsTag() {
		HelpDesk desk = new HelpDesk(context);
		desk.open("Support");
		// today's counter near its five digits (other tests' numbers after this one grow to 17 digits too)
		jdbc.update("update ticketflow.ticket_counter set last_value = greatest(last_value, 99990)");
		String busy = IntStream.range(0, 100).mapToObj(i -> desk.open("Support")).filter(n -> n.length() > 16)
			.findFirst().orElseThrow();
		assertThat(busy).hasSize(17);
		String customer = tickets.ticket(busy).customer();
		String raw = "From: <" + customer + ">\r\nTo: support@localhost\r\nSubject: Re: [Ticket#" + busy
				+ "] Printer on fire\r\nMessage-ID: " + Mailboxes.messageId() + "\r\n\r\nStill smoking.\r\n";
		IngestResult taken = ingestion.ingest(raw.getBytes(StandardCharsets.UTF_8), "test", "Raw", false);
		assertThat(taken.outcome()).isEqualTo(IngestResult.Outcome.FOLLOW_UP);
		assertThat(taken.ticket()).isEqualTo(busy);
	}
}
