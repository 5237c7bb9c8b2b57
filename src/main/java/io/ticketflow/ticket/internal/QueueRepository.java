package io.ticketflow.ticket.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QueueRepository extends JpaRepository<Queue, Long> {

	@Query("select q from Queue q where q.name = :name")
	Optional<Queue> findByName(String name);
}
