package io.ticketflow.process.internal;

import io.ticketflow.PostgresTest;

@PostgresTest
class PostgresRememberedCountsTests extends RememberedCountsContract {
}
