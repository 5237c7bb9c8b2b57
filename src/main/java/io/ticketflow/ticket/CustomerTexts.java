package io.ticketflow.ticket;

import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the help desk writes to customers until an administrator writes a queue's own text: one file per language
 * (texts/customer.properties in English, texts/customer_ru.properties in Russian). A text is looked for in the
 * language asked for and then in English, never in the server's own locale.
 */
public final class CustomerTexts {

	private static final String TEXTS = "texts/customer";

	private CustomerTexts() {
	}

	public static String text(Language language, String key) {
		return Texts.of(TEXTS, language).getString(key);
	}

	/** The names after the prefix of the keys that start with it, as the English texts have them. */
	public static Set<String> names(String prefix) {
		return Texts.base(TEXTS).keySet().stream()
			.filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}
}
