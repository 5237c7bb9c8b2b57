package io.ticketflow.shared;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The help desk's texts, one file per language (texts/customer.properties in English, texts/customer_ru.properties in
 * Russian, …). A text is looked for in the language asked for and then in the file without a language, never in the
 * server's own locale.
 */
public final class Texts {

	private static final ResourceBundle.Control LANGUAGE_THEN_BASE = new ResourceBundle.Control() {

		@Override
		public List<String> getFormats(String baseName) {
			return FORMAT_PROPERTIES;
		}

		@Override
		public Locale getFallbackLocale(String baseName, Locale locale) {
			return null;
		}
	};

	private Texts() {
	}

	/** The texts named (e.g. "texts/customer") in the language, else in the file without a language. */
	public static ResourceBundle of(String name, Language language) {
		return ResourceBundle.getBundle(name, language.locale(), LANGUAGE_THEN_BASE);
	}

	/** The texts named in the language, or none where there is neither its file nor one without a language. */
	public static Optional<ResourceBundle> ifAny(String name, Language language) {
		try {
			return Optional.of(of(name, language));
		}
		catch (MissingResourceException none) {
			return Optional.empty();
		}
	}

	/** The texts named in the file without a language. */
	public static ResourceBundle base(String name) {
		return ResourceBundle.getBundle(name, Locale.ROOT, LANGUAGE_THEN_BASE);
	}
}
