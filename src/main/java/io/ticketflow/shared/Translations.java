package io.ticketflow.shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts written in English where they are used (a page's script, a refusal in the code), and their words in another
 * language in one file per language: texts/&lt;name&gt;_&lt;code&gt;.json, from each English text to its words. A part
 * of a text that varies is {0}, {1}, … in both. English has no file; a text without words stays English.
 */
public final class Translations {

	/** The help desk's refusals and problems, as the code writes them in English (texts/messages_xx.json). */
	public static final String MESSAGES = "texts/messages";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private static final Map<String, Map<String, String>> WORDS = new ConcurrentHashMap<>();

	private static final Map<String, List<Sentence>> SENTENCES = new ConcurrentHashMap<>();

	private Translations() {
	}

	/** From each English text of the file named (e.g. "texts/screens") to its words in the language. */
	public static Map<String, String> of(String name, Language language) {
		return WORDS.computeIfAbsent(name + "_" + language.code(), Translations::load);
	}

	/**
	 * The English sentence in the language: the words of the text it is, or of the text with placeholders it
	 * matches (the one with most fixed words), the varying parts carried over; the sentence itself when none.
	 */
	public static String sentence(String name, Language language, String english) {
		if (english == null || language == Language.EN) {
			return english;
		}
		Map<String, String> words = of(name, language);
		String exact = words.get(english);
		if (exact != null) {
			return exact;
		}
		for (Sentence sentence : SENTENCES.computeIfAbsent(name + "_" + language.code(), key -> sentences(words))) {
			Matcher match = sentence.english().matcher(english);
			if (match.matches()) {
				return sentence.fill(match);
			}
		}
		return english;
	}

	/** The words of a text with placeholders in the language, the values put in their places. */
	public static String fill(String name, Language language, String english, Object... values) {
		String filled = language == Language.EN ? english : of(name, language).getOrDefault(english, english);
		for (int i = 0; i < values.length; i++) {
			filled = filled.replace("{" + i + "}", String.valueOf(values[i]));
		}
		return filled;
	}

	private static List<Sentence> sentences(Map<String, String> words) {
		List<Sentence> sentences = new ArrayList<>();
		words.forEach((english, translated) -> {
			Matcher placeholder = PLACEHOLDER.matcher(english);
			StringBuilder regex = new StringBuilder();
			List<Integer> order = new ArrayList<>();
			int at = 0;
			while (placeholder.find()) {
				regex.append(Pattern.quote(english.substring(at, placeholder.start()))).append("(.*?)");
				order.add(Integer.parseInt(placeholder.group(1)));
				at = placeholder.end();
			}
			if (!order.isEmpty()) {
				regex.append(Pattern.quote(english.substring(at)));
				sentences.add(new Sentence(Pattern.compile(regex.toString(), Pattern.DOTALL), translated, order,
						PLACEHOLDER.matcher(english).replaceAll("").length()));
			}
		});
		sentences.sort(Comparator.comparingInt(Sentence::fixed).reversed());
		return List.copyOf(sentences);
	}

	private static Map<String, String> load(String file) {
		try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(file + ".json")) {
			return in == null ? Map.of() : Map.copyOf(JSON.readValue(in, new TypeReference<Map<String, String>>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the texts " + file + " cannot be read", ex);
		}
	}

	/** A text with placeholders: its English as a pattern, its words, and how many fixed characters it has. */
	private record Sentence(Pattern english, String words, List<Integer> order, int fixed) {

		String fill(Matcher match) {
			String filled = words;
			for (int group = 1; group <= match.groupCount(); group++) {
				filled = filled.replace("{" + order.get(group - 1) + "}", match.group(group));
			}
			return filled;
		}
	}
}
