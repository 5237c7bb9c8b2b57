package io.ticketflow.customer.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	@Query("select c from Customer c where c.email = :email")
	Optional<Customer> findByEmail(String email);

	/** Customers whose address or name contains the text (given in lower case), by address. */
	@Query("select c from Customer c where lower(c.email) like %:text% escape '\\' or lower(c.name) like %:text% escape '\\' "
			+ "order by c.email")
	List<Customer> findMatching(String text, Limit limit);
}
