package io.ticketflow.ticket;

import io.ticketflow.PostgresTest;

@PostgresTest
class PostgresTicketSearchTests extends TicketSearchContract {
}
