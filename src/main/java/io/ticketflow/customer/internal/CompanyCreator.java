package io.ticketflow.customer.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a company in a transaction of its own, so that two customers of a new company registered at the same
 * moment do not fail each other: the loser of the race finds the winner's row.
 */
@Component
public class CompanyCreator {

	private final CompanyRepository companies;

	CompanyCreator(CompanyRepository companies) {
		this.companies = companies;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Long findOrCreate(String name) {
		return companies.findByName(name).orElseGet(() -> companies.saveAndFlush(new Company(name))).id();
	}
}
