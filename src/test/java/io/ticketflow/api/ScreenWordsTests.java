package io.ticketflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.TicketflowTest;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generated from the pages' scripts: every English text they word with t('…') has its words in every other language,
 * and no language keeps words for a text the pages no longer have. Tasklist's filters are named by the engine and
 * worded by the pages too.
 */
@TicketflowTest
class ScreenWordsTests {

	/** A call of t() with a literal first argument, in single or double quotes. */
	private static final Pattern WORDED = Pattern.compile("\\bt\\((['\"])((?:\\\\.|(?!\\1).)*)\\1");

	/** Any call of t() (not its definition), to find those that do not name their English text literally. */
	private static final Pattern CALL = Pattern.compile("(?<![\\w.]|function )t\\(");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@Autowired
	FilterService filters;

	@Test
	void everyTextOfThePagesHasItsWordsInEveryLanguage() throws IOException {
		Set<String> texts = pageTexts();
		assertThat(texts).contains("Add internal note", "Ticket #{0} – {1}").hasSizeGreaterThan(150);
		List<String> filterNames = filters.createFilterQuery().list().stream().map(Filter::getName).toList();
		assertThat(filterNames).contains("My tickets", "All open tickets");
		for (Language language : Arrays.stream(Language.values()).filter(l -> l != Language.EN).toList()) {
			Map<String, String> words = Translations.of(LabelController.SCREENS, language);
			for (String text : texts) {
				assertThat(words).as(language + " words for \"" + text + "\"").containsKey(text);
				assertThat(placeholders(words.get(text))).as("placeholders of \"" + text + "\"")
					.isEqualTo(placeholders(text));
			}
			assertThat(words.keySet()).as(language + " words of texts the pages do not have")
				.isSubsetOf(Stream.concat(texts.stream(), filterNames.stream()).toList());
			assertThat(words.keySet()).as("the filters' names in " + language).containsAll(filterNames);
		}
	}

	@Test
	void englishHasNoWordsOfItsOwn() {
		assertThat(Translations.of(LabelController.SCREENS, Language.EN)).isEmpty();
	}

	/** The English texts the pages word with t('…'); fails for a call whose English is not a literal. */
	static Set<String> pageTexts() throws IOException {
		Set<String> texts = new LinkedHashSet<>();
		List<Path> scripts;
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/static/ticketflow")),
				Files.walk(Path.of("src/main/resources/plugin-webapp")))) {
			scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
		}
		assertThat(scripts).hasSizeGreaterThanOrEqualTo(6);
		for (Path script : scripts) {
			String code = Files.readString(script);
			Matcher call = CALL.matcher(code);
			while (call.find()) {
				Matcher literal = WORDED.matcher(code).region(call.start(), code.length());
				assertThat(literal.lookingAt()).as(script + ": t( at " + call.start() + " names its English literally")
					.isTrue();
				texts.add(literal.group(2).replace("\\'", "'").replace("\\\"", "\""));
			}
		}
		return texts;
	}

	private static List<String> placeholders(String text) {
		return PLACEHOLDER.matcher(text).results().map(m -> m.group()).sorted().toList();
	}
}
