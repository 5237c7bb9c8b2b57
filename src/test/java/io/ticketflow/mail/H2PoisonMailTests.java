package io.ticketflow.mail;

import io.ticketflow.TicketflowTest;

@TicketflowTest
class H2PoisonMailTests extends PoisonMailContract {
}
