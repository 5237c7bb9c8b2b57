package io.ticketflow.sla.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarRepository extends JpaRepository<CalendarRecord, Long> {

	Optional<CalendarRecord> findByName(String name);

	List<CalendarRecord> findAllByOrderByName();
}
