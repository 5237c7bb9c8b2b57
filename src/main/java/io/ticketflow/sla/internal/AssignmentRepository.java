package io.ticketflow.sla.internal;

import io.ticketflow.sla.AssignedTo;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	Optional<Assignment> findByTargetTypeAndTarget(AssignedTo type, String target);

	List<Assignment> findAllByOrderByTargetTypeAscTargetAsc();
}
