package io.ticketflow.mail.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OutboxRepository extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboxMessage.Status status, Instant now,
			Pageable page);

	List<OutboxMessage> findByStatusOrderByIdDesc(OutboxMessage.Status status, Pageable page);

	List<OutboxMessage> findByTicketIdOrderById(long ticketId);

	@Query("""
			select count(o) from OutboxMessage o
			where o.recipient = :recipient and o.purpose = :purpose and o.automatic = true and o.createdAt >= :since""")
	long countByRecipientAndPurposeAndAutomaticTrueAndCreatedAtGreaterThanEqual(String recipient,
			OutboxMessage.Purpose purpose, Instant since);

	long countByStatus(OutboxMessage.Status status);

	@Query("select min(m.createdAt) from OutboxMessage m where m.status = :status")
	Instant oldestCreatedAt(OutboxMessage.Status status);
}
