package io.ticketflow.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ticketflow.customer.Customers;
import io.ticketflow.process.OpenTask;
import io.ticketflow.process.TicketTasks;
import io.ticketflow.sla.Escalations;
import io.ticketflow.sla.TicketEscalation;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.WritingRights;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A ticket with the tasks that wait in its process, and what the person asking may write on it now (so that a
 * screen offers only that; every write is checked again).
 */
record TicketDetails(@JsonUnwrapped TicketView ticket, List<OpenTask> openTasks, WritingRights mayWrite,
		long minutesSpent, TicketEscalation escalation, boolean sensitiveCustomer) {

	/** Draws a ticket's details for the person who asks, once they may see it. */
	@Component
	static class Drawing {

		private final TicketQueries queries;

		private final TicketTasks tasks;

		private final AgentArticles articles;

		private final Escalations escalations;

		private final Customers customers;

		Drawing(TicketQueries queries, TicketTasks tasks, AgentArticles articles, Escalations escalations,
				Customers customers) {
			this.queries = queries;
			this.tasks = tasks;
			this.articles = articles;
			this.escalations = escalations;
			this.customers = customers;
		}

		TicketDetails of(String number, String person) {
			queries.requireVisible(person, number);
			TicketView ticket = queries.ticket(number);
			boolean sensitive = customers.idOf(ticket.customer()).map(customers::isSensitive).orElse(false);
			return new TicketDetails(ticket, tasks.of(number), articles.writingRights(number, person),
					queries.minutesSpent(number), escalations.of(queries.idOf(number)), sensitive);
		}
	}
}
