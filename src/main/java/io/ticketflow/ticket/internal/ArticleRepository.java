package io.ticketflow.ticket.internal;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Articles are appended and read, never updated or deleted: the repository offers nothing else. */
public interface ArticleRepository extends Repository<Article, Long> {

	Article save(Article article);

	Optional<Article> findById(long id);

	@Query("select a from Article a where a.ticketId = :ticketId order by a.id")
	List<Article> findByTicketIdOrderByIdAsc(long ticketId);

	long countByTicketId(long ticketId);

	Page<Article> findByTicketIdOrderByIdDesc(long ticketId, Pageable page);

	Page<Article> findByTicketIdInOrderByIdDesc(java.util.Collection<Long> ticketIds, Pageable page);

	/** The customer's messages on the ticket that the customer sees, newest first. */
	@Query("select a from Article a where a.ticketId = :ticketId and a.visibleForCustomer = true"
			+ " and a.senderType = io.ticketflow.ticket.SenderType.CUSTOMER order by a.id desc")
	List<Article> newestFromCustomer(long ticketId, Limit limit);

	@Query("select a from Article a where a.messageId in :messageIds order by a.id desc")
	List<Article> newestWithMessageIdIn(List<String> messageIds, Limit limit);
}
