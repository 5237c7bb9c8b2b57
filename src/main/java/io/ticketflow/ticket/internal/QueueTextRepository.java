package io.ticketflow.ticket.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QueueTextRepository extends JpaRepository<QueueText, Long> {

	@Query("select t from QueueText t where t.queueId = :queueId and t.language = :language")
	Optional<QueueText> find(long queueId, String language);
}
