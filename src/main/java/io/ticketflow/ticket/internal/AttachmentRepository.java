package io.ticketflow.ticket.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Attachments are appended and read, never changed or deleted. */
public interface AttachmentRepository extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findById(Long id);

	/** The files of a ticket's articles with their content, in the order they were written. */
	@Query("select f from Attachment f where f.articleId in (select a.id from Article a where a.ticketId = :ticketId) "
			+ "order by f.id")
	List<Attachment> findWithContentByTicketId(long ticketId);

	/** The files of one article with their content, in the order they were written. */
	List<Attachment> findByArticleIdOrderById(long articleId);

	/** What a list shows, without the content. */
	List<AttachmentInfo> findByArticleIdIn(Collection<Long> articleIds);

	interface AttachmentInfo {

		Long getId();

		Long getArticleId();

		String getFilename();

		String getContentType();

		long getSizeBytes();
	}
}
