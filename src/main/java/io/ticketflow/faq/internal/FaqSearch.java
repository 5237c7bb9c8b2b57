package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqHit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the current FAQ entries that best answer a text, such as a customer's mail. */
public interface FaqSearch {

	int MAX_TERMS = 40;

	List<FaqHit> search(String text, boolean publicOnly, int limit);

	/** The words of a text worth searching for: letters and digits only, three characters or more. */
	static Set<String> words(String text) {
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
}
