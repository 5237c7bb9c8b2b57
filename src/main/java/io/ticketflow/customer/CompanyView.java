package io.ticketflow.customer;

/** A company with the number of its customers; its tickets are the list of tickets filtered by its name. */
public record CompanyView(long id, String name, long customers) {
}
