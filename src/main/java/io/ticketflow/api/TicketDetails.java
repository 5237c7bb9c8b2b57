package io.ticketflow.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ticketflow.process.OpenTask;
import io.ticketflow.ticket.TicketView;
import java.util.List;

/** A ticket with the tasks that wait in its process. */
record TicketDetails(@JsonUnwrapped TicketView ticket, List<OpenTask> openTasks) {
}
