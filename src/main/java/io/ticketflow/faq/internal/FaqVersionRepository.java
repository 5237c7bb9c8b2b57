package io.ticketflow.faq.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Versions are appended and read, never changed or deleted. */
public interface FaqVersionRepository extends Repository<FaqVersion, Long> {

	FaqVersion save(FaqVersion version);

	Optional<FaqVersion> findByEntryIdAndVersion(long entryId, int version);

	List<FaqVersion> findByEntryIdOrderByVersionAsc(long entryId);

	@Query("select v from FaqVersion v, FaqEntry e where e.id = v.entryId and e.currentVersion = v.version")
	List<FaqVersion> findCurrent();
}
