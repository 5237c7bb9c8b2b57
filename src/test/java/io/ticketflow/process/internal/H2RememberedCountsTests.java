package io.ticketflow.process.internal;

import io.ticketflow.TicketflowTest;

@TicketflowTest
class H2RememberedCountsTests extends RememberedCountsContract {
}
