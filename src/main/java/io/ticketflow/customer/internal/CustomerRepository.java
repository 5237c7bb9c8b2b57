package io.ticketflow.customer.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	@Query("select c from Customer c where c.email = :email")
	Optional<Customer> findByEmail(String email);

	/** Customers whose address or name matches the pattern (lower case), by address. */
	@Query("select c from Customer c where lower(c.email) like :pattern escape '\\' or lower(c.name) like :pattern "
			+ "escape '\\' order by c.email")
	List<Customer> findMatching(String pattern, Limit limit);

	/**
	 * The ids of customers whose address or name matches the pattern (lower case), newest first: on PostgreSQL through
	 * the indexes of their trigrams (V38), which a condition on another table beside them would keep from serving.
	 */
	@Query("select c.id from Customer c where lower(c.email) like :pattern escape '\\' or lower(c.name) like :pattern "
			+ "escape '\\' order by c.id desc")
	List<Long> idsByAddressOrName(String pattern, Limit limit);

	/** The ids of the customers of the companies whose name matches the pattern (lower case), newest first. */
	@Query("select c.id from Customer c where c.companyId in (select co.id from Company co where lower(co.name) like "
			+ ":pattern escape '\\') order by c.id desc")
	List<Long> idsOfCompaniesMatching(String pattern, Limit limit);

	/** The ids of a company's customers, the company given by its key. */
	@Query("select c.id from Customer c, Company co where co.id = c.companyId and co.nameKey = :key")
	List<Long> idsOfCompany(String key);
}
