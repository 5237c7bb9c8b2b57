package io.ticketflow.faq;

import io.ticketflow.TicketflowTest;

@TicketflowTest
class H2FaqSearchTests extends FaqSearchContract {
}
