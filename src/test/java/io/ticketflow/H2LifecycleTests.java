package io.ticketflow;

@TicketflowTest
class H2LifecycleTests extends LifecycleContract {
}
