package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.AutoResponseKind;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AutoResponseRepository extends JpaRepository<AutoResponseText, Long> {

	Optional<AutoResponseText> findByQueueIdAndKind(long queueId, AutoResponseKind kind);
}
