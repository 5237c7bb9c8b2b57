package io.ticketflow.mail.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OutboxRepository extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	/** Pending messages that are due and that no node has claimed, or whose claim ran out; the oldest first. */
	@Query("""
			select m from OutboxMessage m
			where m.status = :status and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
			order by m.id""")
	List<OutboxMessage> unclaimed(OutboxMessage.Status status, Instant now, Pageable page);

	/**
	 * Claims a message for a node until the given time, unless another node claimed it meanwhile: one update, which
	 * the database lets only one node make. Returns whether the claim is the node's.
	 */
	@Modifying
	@Query("""
			update OutboxMessage m set m.claimedBy = :node, m.claimedUntil = :until
			where m.id = :id and m.status = :status and (m.claimedUntil is null or m.claimedUntil < :now)""")
	int claim(long id, OutboxMessage.Status status, String node, Instant until, Instant now);

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
