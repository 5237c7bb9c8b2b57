package io.ticketflow.sla.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceLevelRepository extends JpaRepository<ServiceLevel, Long> {

	Optional<ServiceLevel> findByName(String name);

	List<ServiceLevel> findAllByOrderByName();
}
