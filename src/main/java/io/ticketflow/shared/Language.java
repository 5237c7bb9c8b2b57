package io.ticketflow.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the help desk writes to customers in. A third one is a constant here, its texts beside the others
 * (texts/customer_xx.properties) and its webapp locales.
 */
public enum Language {

	EN, RU;

	/** Of a customer whose language is not known. */
	public static final Language DEFAULT = EN;

	/** Below this share of Cyrillic letters a text is read as English. */
	private static final double CYRILLIC = 0.4;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	/** The language of a code such as "ru" or "ru-RU"; anything else is refused, naming the field. */
	public static Language of(String code, String field) {
		return parse(code).orElseThrow(() -> new InvalidInputException(field,
				"the language is one of " + String.join(", ", Arrays.stream(values()).map(Language::code).toList())));
	}

	private static Optional<Language> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
		return Arrays.stream(values()).filter(l -> l.code().equals(primary)).findFirst();
	}

	/**
	 * The language a person asks for: the one named (a link's choice) when the help desk writes it, else the first
	 * of their browser's Accept-Language the help desk writes, else English.
	 */
	public static Language asked(String named, String acceptLanguage) {
		Optional<Language> chosen = parse(named);
		if (chosen.isPresent()) {
			return chosen.get();
		}
		if (acceptLanguage != null) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					Optional<Language> wanted = parse(range.getRange());
					if (wanted.isPresent()) {
						return wanted.get();
					}
				}
			}
			catch (IllegalArgumentException unreadable) {
				// a header nobody can read asks for nothing
			}
		}
		return DEFAULT;
	}

	/**
	 * The language of a message: the first one its Content-Language header names that the help desk writes in;
	 * otherwise Russian when enough of its letters are Cyrillic, English when not.
	 */
	public static Language detect(String contentLanguage, String text) {
		if (contentLanguage != null) {
			for (String declared : contentLanguage.split(",")) {
				Optional<Language> known = parse(declared);
				if (known.isPresent()) {
					return known.get();
				}
			}
		}
		long letters = 0;
		long cyrillic = 0;
		if (text != null) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isLetter(c)) {
					letters++;
					if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
						cyrillic++;
					}
				}
			}
		}
		return letters > 0 && cyrillic >= CYRILLIC * letters ? RU : EN;
	}
}
