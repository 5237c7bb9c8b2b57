package io.ticketflow.faq;

import io.ticketflow.PostgresTest;

@PostgresTest
class PostgresFaqSearchTests extends FaqSearchContract {
}
