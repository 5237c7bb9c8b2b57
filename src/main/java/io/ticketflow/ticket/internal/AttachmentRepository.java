package io.ticketflow.ticket.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Attachments are appended and read, never changed or deleted. */
public interface AttachmentRepository extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findById(Long id);

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
