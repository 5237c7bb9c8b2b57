package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@TicketflowTest
class HistoryChainCommandTests {

	@Autowired
	HistoryChainCommand command;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reportsTheBrokenTicketAndExitsNonZero() {
		String number = new HelpDesk(context).open("Support");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.check(number, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 tickets, 0 broken");

		jdbc.update("update ticketflow.ticket_history set detail = 'forged' where ticket_id = "
				+ "(select id from ticketflow.ticket where number = ?)", number);
		out.reset();
		assertThat(command.check(number, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(3);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 broken", "ticket " + number);
	}

	@Test
	void reportsAnArticleChangedInTheDatabase() {
		String number = new HelpDesk(context).open("Support");
		jdbc.update("update ticketflow.article set body = 'forged' where ticket_id = "
				+ "(select id from ticketflow.ticket where number = ?)", number);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.check(number, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(3);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 broken", "ticket " + number, "article");
	}
}
