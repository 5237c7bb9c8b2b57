package io.ticketflow.customer.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates companies and customers found in passing (a new company name, a new mail sender) in a transaction of
 * its own, so that two requests registering the same one at the same moment do not fail each other: the loser of
 * the race, called again, finds the winner's row.
 */
@Component
public class Registrations {

	private final CompanyRepository companies;

	private final CustomerRepository customers;

	private final Clock clock;

	Registrations(CompanyRepository companies, CustomerRepository customers, Clock clock) {
		this.clock = clock;
		this.companies = companies;
		this.customers = customers;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Long company(String name) {
		return companies.findByKey(Company.key(name)).orElseGet(() -> companies.saveAndFlush(new Company(name, clock.instant()))).id();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Long customer(String email, String name) {
		return customers.findByEmail(email).orElseGet(() -> customers.saveAndFlush(new Customer(email, name, null, clock.instant()))).id();
	}
}
