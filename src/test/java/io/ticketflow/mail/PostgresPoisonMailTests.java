package io.ticketflow.mail;

import io.ticketflow.PostgresTest;

@PostgresTest
class PostgresPoisonMailTests extends PoisonMailContract {
}
