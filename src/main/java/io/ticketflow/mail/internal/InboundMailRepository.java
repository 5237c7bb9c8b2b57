package io.ticketflow.mail.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Received messages are kept: there is no way to delete one. */
public interface InboundMailRepository extends Repository<InboundMail, Long> {

	InboundMail save(InboundMail mail);

	InboundMail saveAndFlush(InboundMail mail);

	Optional<InboundMail> findById(Long id);

	@Query("select m from InboundMail m where m.dedupKey = :dedupKey")
	Optional<InboundMail> findByDedupKey(String dedupKey);

	List<InboundMail> findByStatusOrderByIdDesc(InboundMail.Status status);

	long countByStatus(InboundMail.Status status);
}
