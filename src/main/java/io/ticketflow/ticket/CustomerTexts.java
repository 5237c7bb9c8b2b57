package io.ticketflow.ticket;

import io.ticketflow.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the help desk writes to customers until an administrator writes a queue's own text: one file per language
 * (texts/customer.properties in English, texts/customer_ru.properties in Russian). A text is looked for in the
 * language asked for and then in English, never in the server's own locale.
 */
public final class CustomerTexts {

	private static final ResourceBundle.Control ENGLISH_LAST = new ResourceBundle.Control() {

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
}
