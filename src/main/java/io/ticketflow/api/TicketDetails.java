package io.ticketflow.api;

import io.ticketflow.sla.Escalations;
import io.ticketflow.sla.TicketEscalation;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ticketflow.process.OpenTask;
import io.ticketflow.process.TicketTasks;
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
		long minutesSpent, TicketEscalation escalation) {

	/** Draws a ticket's details for the person who asks, once they may see it. */
	@Component
	static class Drawing {

		private final TicketQueries queries;

		private final TicketTasks tasks;

		private final AgentArticles articles;

		private final Escalations escalations;

		Drawing(TicketQueries queries, TicketTasks tasks, AgentArticles articles, Escalations escalations) {
			this.queries = queries;
			this.tasks = tasks;
			this.articles = articles;
			this.escalations = escalations;
		}

		TicketDetails of(String number, String person) {
			queries.requireVisible(person, number);
			return new TicketDetails(queries.ticket(number), tasks.of(number), articles.writingRights(number, person),
					queries.minutesSpent(number), escalations.of(queries.idOf(number)));
		}
	}
}
