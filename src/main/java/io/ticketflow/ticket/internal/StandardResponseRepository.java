package io.ticketflow.ticket.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardResponseRepository extends JpaRepository<StandardResponseText, Long> {

	Optional<StandardResponseText> findByName(String name);
}
