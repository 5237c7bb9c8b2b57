package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqState;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search of the embedded default (H2), in the spirit of PostgreSQL's: words are cut to a common stem so that
 * "printer" finds "printing" and "принтера" finds "принтер"; a match in the question weighs most, then the
 * keywords, then the answer. A knowledge base is small enough to be read whole.
 */
class PortableFaqSearch implements FaqSearch {

	private static final int STEM = 5;

	private static final Set<String> STOP = Set.of("the", "and", "for", "you", "your", "with", "this", "that", "are",
			"was", "have", "not", "can", "how", "what", "что", "как", "это", "для", "или", "при", "все", "так", "мой",
			"моя", "мне", "уже", "его", "она", "они", "вас", "нас");

	private final FaqVersionRepository versions;

	PortableFaqSearch(FaqVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public List<FaqHit> search(String text, boolean publicOnly, int limit) {
		Set<String> wanted = stems(text);
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
		Set<String> found = stems(field);
		return found.isEmpty() ? 0 : wanted.stream().filter(found::contains).count() / Math.sqrt(found.size());
	}

	static Set<String> stems(String text) {
		return FaqSearch.words(text).stream().filter(w -> !STOP.contains(w))
			.map(w -> w.length() > STEM ? w.substring(0, STEM) : w).collect(Collectors.toSet());
	}
}
