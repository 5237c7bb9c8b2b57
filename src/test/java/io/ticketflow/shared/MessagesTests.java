package io.ticketflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated from the code: every refusal the help desk throws (and every refusal of the rights) has its words in
 * every other language, with the same placeholders; and the words fill in what varies.
 */
class MessagesTests {

	private static final Pattern THROWN = Pattern.compile(
			"new (InvalidInputException|NotFoundException|ForbiddenException|ActionNotAllowedException)\\(");

	private static final Pattern RIGHTS_REFUSAL = Pattern.compile("\\brequire\\(actor, \\w+, \"((?:\\\\.|[^\"\\\\])*)\"\\)");

	private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"", Pattern.DOTALL);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@Test
	void everyRefusalOfTheCodeHasItsWordsInEveryLanguage() throws IOException {
		Set<String> refusals = refusals();
		assertThat(refusals).contains("no ticket {0}", "ticket {0} is worked by {1}", "{0} is not an administrator")
			.hasSizeGreaterThan(100);
		for (Language language : Arrays.stream(Language.values()).filter(l -> l != Language.EN).toList()) {
			Map<String, String> words = Translations.of(Translations.MESSAGES, language);
			for (String refusal : refusals) {
				assertThat(words).as(language + " words for \"" + refusal + "\"").containsKey(refusal);
				assertThat(placeholders(words.get(refusal))).as(refusal).isEqualTo(placeholders(refusal));
			}
		}
	}

	@Test
	void theWordsFillInWhatVaries() {
		assertThat(Translations.sentence(Translations.MESSAGES, Language.RU, "ticket 2026120610000015 is worked by bea"))
			.isEqualTo("над заявкой 2026120610000015 работает bea");
		assertThat(Translations.sentence(Translations.MESSAGES, Language.RU, "unknown queue Kitchen"))
			.isEqualTo("неизвестная очередь Kitchen");
		assertThat(Translations.sentence(Translations.MESSAGES, Language.RU, "a note has a text"))
			.isEqualTo("у заметки должен быть текст");
		assertThat(Translations.sentence(Translations.MESSAGES, Language.RU, "something no file words"))
			.isEqualTo("something no file words");
		assertThat(Translations.sentence(Translations.MESSAGES, Language.EN, "unknown queue Kitchen"))
			.isEqualTo("unknown queue Kitchen");
		assertThat(Translations.fill(Translations.MESSAGES, Language.RU, "the members of {0}", "Support"))
			.isEqualTo("участников группы Support");
	}

	/**
	 * The English of each refusal the code throws, what varies as {0}, {1}…: read from the sources, where a refusal
	 * is a string, or strings and values joined with +.
	 */
	static Set<String> refusals() throws IOException {
		Set<String> refusals = new LinkedHashSet<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter(f -> f.toString().endsWith(".java")).toList();
		}
		for (Path source : sources) {
			String code = Files.readString(source);
			Matcher thrown = THROWN.matcher(code);
			while (thrown.find()) {
				List<String> arguments = arguments(code, thrown.end() - 1);
				String message = thrown.group(1).equals("InvalidInputException") ? arguments.get(1) : arguments.get(0);
				String english = english(message);
				if (!PLACEHOLDER.matcher(english).replaceAll("").chars().anyMatch(Character::isLetter)) {
					continue; // a message made elsewhere, e.g. passed on
				}
				refusals.add(english);
			}
			Matcher rights = RIGHTS_REFUSAL.matcher(code);
			while (rights.find()) {
				refusals.add("{0}" + unescape(rights.group(1)));
			}
		}
		return refusals;
	}

	/** The arguments of the call whose opening parenthesis is at the index. */
	private static List<String> arguments(String code, int open) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = open; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '"') {
				int end = stringEnd(code, i);
				current.append(code, i, end + 1);
				i = end;
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				if (depth++ > 0) {
					current.append(c);
				}
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (--depth == 0) {
					arguments.add(current.toString().strip());
					return arguments;
				}
				current.append(c);
			}
			else if (c == ',' && depth == 1) {
				arguments.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		throw new IllegalStateException("no end of the call at " + open);
	}

	/** The English of an expression: its strings as they are, each run of values between them a placeholder. */
	private static String english(String expression) {
		StringBuilder english = new StringBuilder();
		int placeholders = 0;
		boolean afterValue = false;
		for (String part : parts(expression)) {
			Matcher literal = LITERAL.matcher(part);
			if (literal.matches()) {
				english.append(unescape(literal.group(1)));
				afterValue = false;
			}
			else if (!afterValue) {
				english.append('{').append(placeholders++).append('}');
				afterValue = true;
			}
		}
		return english.toString();
	}

	/** The expression's parts joined with + at its top level. */
	private static List<String> parts(String expression) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '"') {
				int end = stringEnd(expression, i);
				current.append(expression, i, end + 1);
				i = end;
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
			if (c == '+' && depth == 0) {
				parts.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		parts.add(current.toString().strip());
		return parts;
	}

	private static int stringEnd(String code, int start) {
		for (int i = start + 1; i < code.length(); i++) {
			if (code.charAt(i) == '\\') {
				i++;
			}
			else if (code.charAt(i) == '"') {
				return i;
			}
		}
		throw new IllegalStateException("no end of the string at " + start);
	}

	private static String unescape(String literal) {
		return literal.replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\");
	}

	private static List<String> placeholders(String text) {
		return PLACEHOLDER.matcher(text).results().map(java.util.regex.MatchResult::group).sorted().toList();
	}
}
