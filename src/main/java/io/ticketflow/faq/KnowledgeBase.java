package io.ticketflow.faq;

import io.ticketflow.faq.internal.FaqEntry;
import io.ticketflow.faq.internal.FaqEntryRepository;
import io.ticketflow.faq.internal.FaqSearch;
import io.ticketflow.faq.internal.FaqVersion;
import io.ticketflow.faq.internal.FaqVersionRepository;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The FAQ: entries whose every version is kept, and a search that finds the entry answering a text. */
@Service
@Transactional
public class KnowledgeBase {

	private final FaqEntryRepository entries;

	private final FaqVersionRepository versions;

	private final FaqSearch search;

	private final Rights rights;

	private final Clock clock;

	KnowledgeBase(FaqEntryRepository entries, FaqVersionRepository versions, FaqSearch search, Rights rights, Clock clock) {
		this.clock = clock;
		this.entries = entries;
		this.versions = versions;
		this.search = search;
		this.rights = rights;
	}

	public FaqView create(String author, FaqDraft draft) {
		rights.requireMayEditFaq(author);
		FaqEntry entry = entries.saveAndFlush(new FaqEntry(clock.instant()));
		return versions.save(new FaqVersion(entry.id(), entry.currentVersion(), draft, author, clock.instant())).view();
	}

	/** A new version; the earlier ones stay as they were. */
	public FaqView edit(String author, long id, FaqDraft draft) {
		rights.requireMayEditFaq(author);
		FaqEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("no FAQ entry " + id));
		int version = entry.advance();
		entries.save(entry);
		return versions.save(new FaqVersion(id, version, draft, author, clock.instant())).view();
	}

	@Transactional(readOnly = true)
	public FaqView entry(long id) {
		FaqEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("no FAQ entry " + id));
		return versions.findByEntryIdAndVersion(id, entry.currentVersion()).orElseThrow().view();
	}

	/** A public entry, as anybody may read it; internal ones do not exist for the public. */
	@Transactional(readOnly = true)
	public FaqView publicEntry(long id) {
		FaqView entry = entries.existsById(id) ? entry(id) : null;
		if (entry == null || entry.state() != FaqState.PUBLIC) {
			throw new NotFoundException("no public FAQ entry " + id);
		}
		return entry;
	}

	@Transactional(readOnly = true)
	public List<FaqView> versions(long id) {
		entry(id);
		return versions.findByEntryIdOrderByVersionAsc(id).stream().map(FaqVersion::view).toList();
	}

	@Transactional(readOnly = true)
	public List<FaqHit> search(String text, boolean publicOnly, int limit) {
		return search.search(text, publicOnly, limit);
	}

	@Transactional(readOnly = true)
	public List<FaqView> publicEntries() {
		return versions.findCurrent().stream().map(FaqVersion::view).filter(v -> v.state() == FaqState.PUBLIC).toList();
	}
}
