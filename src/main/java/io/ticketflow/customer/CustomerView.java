package io.ticketflow.customer;

/** A customer as other modules see it. */
public record CustomerView(long id, String email, String name, String company) {
}
