package io.ticketflow.ticket.internal;

import org.springframework.data.jpa.repository.Query;
import io.ticketflow.ticket.AutoResponseKind;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AutoResponseRepository extends JpaRepository<AutoResponseText, Long> {

	@Query("select r from AutoResponseText r where r.queueId = :queueId and r.kind = :kind and r.language = :language")
	Optional<AutoResponseText> find(long queueId, AutoResponseKind kind, String language);
}
