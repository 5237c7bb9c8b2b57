package io.ticketflow.ticket;

import io.ticketflow.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the help desk writes to customers until an administrator writes a queue's own text: one file per language
 * (texts/customer.properties in English, texts/customer_ru.properties in Russian). A text is looked for in the
 * language asked for and then in English, never in the server's own locale.
 */
public final class CustomerTexts {

	/** Each language from its own file and then English, never the server's own locale. */
	static final ResourceBundle.Control ENGLISH_LAST = new ResourceBundle.Control() {

		@Override
		public List<String> getFormats(String baseName) {
			return FORMAT_PROPERTIES;
		}

		@Override
		public Locale getFallbackLocale(String baseName, Locale locale) {
			return null;
		}
	};

	private CustomerTexts() {
	}

	public static String text(Language language, String key) {
		return ResourceBundle.getBundle("texts/customer", language.locale(), ENGLISH_LAST).getString(key);
	}

	/** The names after the prefix of the keys that start with it, as the English texts have them. */
	public static Set<String> names(String prefix) {
		return ResourceBundle.getBundle("texts/customer", Locale.ROOT, ENGLISH_LAST).keySet().stream()
			.filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}
}
