package io.ticketflow.customer.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	@Query("select c from Customer c where c.email = :email")
	Optional<Customer> findByEmail(String email);
}
