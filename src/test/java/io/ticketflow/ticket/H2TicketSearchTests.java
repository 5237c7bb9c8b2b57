package io.ticketflow.ticket;

import io.ticketflow.TicketflowTest;

@TicketflowTest
class H2TicketSearchTests extends TicketSearchContract {
}
