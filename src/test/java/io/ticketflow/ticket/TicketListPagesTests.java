package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A small list is read by the ids of its tickets ({@link TicketQueries}); its pages hold the tickets a page read on
 * its own holds, in the same order, whatever the list is sorted by.
 */
@TicketflowTest
class TicketListPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketOpening opening;

	@Test
	void aSmallListsPagesReadByIdsAreThoseReadAPageAtATime() {
		HelpDesk desk = new HelpDesk(context);
		String customer = desk.customer();
		for (int priority : List.of(3, 1, 5, 3, 2)) {
			opening.open(new OpenTicket(customer, "Printer on fire " + priority, "It smokes.", "Support", priority,
					null), "secretary");
		}
		TicketQueries byIds = TicketListTotalsTests.queries(context, Duration.ZERO, 1000, 5000);
		TicketQueries aPageAtATime = TicketListTotalsTests.queries(context, Duration.ZERO, 1000, 0);
		TicketFilter ofTheCustomer = new TicketFilter(null, null, customer, null, null, null, null, null, null, null,
				null);
		try {
			for (Sort sort : List.of(Sort.by(Sort.Order.desc("id")),
					Sort.by(Sort.Order.asc("priority")).and(Sort.by(Sort.Order.desc("id"))),
					Sort.by(Sort.Order.desc("title")).and(Sort.by(Sort.Order.desc("id"))))) {
				for (int page = 0; page < 3; page++) {
					PageRequest request = PageRequest.of(page, 2, sort);
					Page<TicketHit> read = byIds.search("agent", ofTheCustomer, request);
					assertThat(numbers(read)).as(sort + ", page " + page)
						.isNotEmpty()
						.isEqualTo(numbers(aPageAtATime.search("agent", ofTheCustomer, request)));
					assertThat(read.getTotalElements()).isEqualTo(5);
				}
			}
			PageRequest newest = PageRequest.of(0, 3, Sort.by(Sort.Order.desc("id")));
			assertThat(numbers(byIds.search("admin", TicketFilter.all(), newest))).as("every ticket, as the admin")
				.hasSize(3)
				.isEqualTo(numbers(aPageAtATime.search("admin", TicketFilter.all(), newest)));
		}
		finally {
			byIds.stop();
			aPageAtATime.stop();
		}
	}

	private static List<String> numbers(Page<TicketHit> page) {
		return page.getContent().stream().map(hit -> hit.ticket().number()).toList();
	}
}
