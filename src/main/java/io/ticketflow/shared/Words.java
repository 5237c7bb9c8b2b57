package io.ticketflow.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of a text worth searching for, the same for every search of the help desk: letters and digits only,
 * three characters or more, in lower case. Where the database has no stemmer of its own (H2), words are cut to a common
 * stem, so that "printer" finds "printing" and "принтера" finds "принтер".
 */
public final class Words {

	/** At most this many words of a text are looked for. */
	public static final int MAX_TERMS = 40;

	private static final int STEM = 5;

	private static final Set<String> STOP = Set.of("the", "and", "for", "you", "your", "with", "this", "that", "are",
			"was", "have", "not", "can", "how", "what", "что", "как", "это", "для", "или", "при", "все", "так", "мой",
			"моя", "мне", "уже", "его", "она", "они", "вас", "нас");

	private Words() {
	}

	public static Set<String> of(String text) {
		Set<String> words = new LinkedHashSet<>();
		if (text == null) {
			return words;
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3 && words.size() < MAX_TERMS) {
				words.add(word);
			}
		}
		return words;
	}

	/** The stems of the words that carry meaning, without the most common English and Russian ones. */
	public static Set<String> stems(String text) {
		return of(text).stream().filter(w -> !STOP.contains(w)).map(Words::stem)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public static String stem(String word) {
		return word.length() > STEM ? word.substring(0, STEM) : word;
	}
}
