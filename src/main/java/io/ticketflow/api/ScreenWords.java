package io.ticketflow.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the help desk's own pages in the webapps (the Ticket tab, the Tickets view, New ticket, the
 * dashboard): the pages are written in English, and each other language has its words in one file,
 * texts/screens_xx.json, from the English text to its words. English has no file; a text without words stays English.
 */
final class ScreenWords {

	static final String FILE = "texts/screens_%s.json";

	private static final Map<Language, Map<String, String>> LOADED = new ConcurrentHashMap<>();

	private static final ObjectMapper JSON = new ObjectMapper();

	private ScreenWords() {
	}

	/** From each English text of the pages to its words in the language; empty for English. */
	static Map<String, String> in(Language language) {
		return LOADED.computeIfAbsent(language, ScreenWords::load);
	}

	private static Map<String, String> load(Language language) {
		try (InputStream file = ScreenWords.class.getClassLoader()
			.getResourceAsStream(FILE.formatted(language.code()))) {
			return file == null ? Map.of() : Map.copyOf(JSON.readValue(file, new TypeReference<Map<String, String>>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the words of the pages in " + language.code() + " cannot be read", ex);
		}
	}
}
