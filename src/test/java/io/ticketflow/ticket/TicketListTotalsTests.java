package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.AttachmentRepository;
import io.ticketflow.ticket.internal.HistoryRepository;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import io.ticketflow.ticket.internal.TicketSearch;
import io.ticketflow.ticket.internal.TicketViews;
import io.ticketflow.ticket.internal.TimeEntryRepository;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** A large list's total is kept for a while; a small one's is counted with each page. */
@TicketflowTest
class TicketListTotalsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries live;

	@Autowired
	TicketOpening opening;

	@Test
	void aLargeListsTotalIsKeptForAWhileAndASmallOnesIsCountedWithEachPage() {
		HelpDesk desk = new HelpDesk(context);
		String many = desk.customer();
		String one = desk.customer();
		for (int i = 0; i < 3; i++) {
			open(many);
		}
		open(one);
		// totals of three tickets and more are kept for an hour
		TicketQueries keeping = queries(context, Duration.ofHours(1), 3, 5000);
		try {
			assertThat(total(keeping, many)).isEqualTo(3);
			assertThat(total(keeping, one)).isEqualTo(1);
			open(many);
			open(one);
			assertThat(total(keeping, many)).as("kept").isEqualTo(3);
			assertThat(total(live, many)).as("counted with each page where nothing is kept").isEqualTo(4);
			assertThat(total(keeping, one)).as("a small total, counted with each page").isEqualTo(2);
			assertThat(keeping.search("agent", customer(many), PageRequest.of(0, 1)).getContent())
				.as("the page itself, read each time").hasSize(1);
		}
		finally {
			keeping.stop();
		}
	}

	private void open(String customer) {
		opening.open(new OpenTicket(customer, "Printer on fire", "It smokes.", "Support", null, null), "secretary");
	}

	private static long total(TicketQueries queries, String customer) {
		return queries.search("agent", customer(customer), PageRequest.of(0, 1)).getTotalElements();
	}

	private static TicketFilter customer(String customer) {
		return new TicketFilter(null, null, customer, null, null, null, null, null, null, null, null);
	}

	/** Ticket queries of the application's parts with settings of the test's own. */
	static TicketQueries queries(ApplicationContext context, Duration keepTotalsFor, long keepTotalsFrom,
			long readByIdsUpTo) {
		return new TicketQueries(context.getBean(TicketLedger.class), context.getBean(TicketRepository.class),
				context.getBean(ArticleRepository.class), context.getBean(HistoryRepository.class),
				context.getBean(QueueRepository.class), context.getBean(Customers.class),
				context.getBean(TicketViews.class), context.getBean(Rights.class),
				context.getBean(AttachmentRepository.class), context.getBean(TicketSettings.class),
				context.getBean(TicketSearch.class), context.getBean(TimeEntryRepository.class), keepTotalsFor,
				keepTotalsFrom, readByIdsUpTo, Clock.systemUTC());
	}
}
