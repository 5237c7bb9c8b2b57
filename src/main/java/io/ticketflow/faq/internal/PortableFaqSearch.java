package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqState;
import io.ticketflow.shared.Words;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The search of the embedded default (H2), in the spirit of PostgreSQL's: words are cut to a common stem
 * ({@link Words#stems}); a match in the question weighs most, then the
 * keywords, then the answer. A knowledge base is small enough to be read whole.
 */
class PortableFaqSearch implements FaqSearch {

	private final FaqVersionRepository versions;

	PortableFaqSearch(FaqVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public List<FaqHit> search(String text, boolean publicOnly, int limit) {
		Set<String> wanted = Words.stems(text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return versions.findCurrent().stream()
			.filter(v -> !publicOnly || v.state() == FaqState.PUBLIC)
			.map(v -> new FaqHit(v.entryId(), v.question(), v.answer(), v.category(), v.language(), v.state(),
					3.0 * overlap(wanted, v.question()) + 2.0 * overlap(wanted, v.keywords()) + overlap(wanted, v.answer())))
			.filter(hit -> hit.score() > 0)
			.sorted(Comparator.comparingDouble(FaqHit::score).reversed().thenComparingLong(FaqHit::id))
			.limit(limit)
			.toList();
	}

	private static double overlap(Set<String> wanted, String field) {
		Set<String> found = Words.stems(field);
		return found.isEmpty() ? 0 : wanted.stream().filter(found::contains).count() / Math.sqrt(found.size());
	}
}
