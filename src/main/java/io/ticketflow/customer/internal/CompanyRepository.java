package io.ticketflow.customer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

	@Query("select c from Company c where c.nameKey = :key")
	Optional<Company> findByKey(String key);

	/** Companies whose name contains the pattern (lower case), with how many customers each has, by name. */
	@Query("select c.id as id, c.name as name, (select count(u) from Customer u where u.companyId = c.id) as customers "
			+ "from Company c where c.nameKey like :pattern escape '\\' order by c.nameKey")
	List<CompanyRow> findMatching(String pattern, Limit limit);

	interface CompanyRow {

		Long getId();

		String getName();

		Long getCustomers();
	}
}
