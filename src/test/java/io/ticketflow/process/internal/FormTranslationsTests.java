package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word of every task form has its translation in every other language, and nothing else is translated. */
class FormTranslationsTests {

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyTextOfEveryFormIsTranslatedAndNoTranslationIsLeftOver() throws IOException {
		for (Language language : List.of(Language.RU)) {
			ResourceBundle words = Texts.of(FormTranslations.TEXTS, language);
			Set<String> used = new HashSet<>();
			for (Path file : forms()) {
				Map<String, String> texts = FormTranslations.texts(json.readTree(file.toFile()));
				assertThat(texts).as(file + " has words").isNotEmpty();
				for (String key : texts.keySet()) {
					assertThat(words.containsKey(key)).as(language + " translation of " + key + " (" + texts.get(key) + ")")
						.isTrue();
					assertThat(words.getString(key)).as(key).isNotBlank();
				}
				used.addAll(texts.keySet());
			}
			assertThat(words.keySet()).as("translations of texts no form has").isSubsetOf(used);
		}
	}

	@Test
	void theWorkFormReadsInRussianWithItsValuesAndLogicUnchanged() throws IOException {
		ObjectNode form = (ObjectNode) json.readTree(Path.of("forms/work.form").toFile());
		String before = form.toString();

		assertThat(FormTranslations.translate(form, Texts.of(FormTranslations.TEXTS, Language.RU))).isTrue();

		String after = form.toString();
		assertThat(after).contains("\"label\":\"Что дальше?\"", "\"label\":\"Ответить клиенту\",\"value\":\"reply\"",
				"\"dateLabel\":\"Ожидание до (дата)\"", "\"text\":\"**Что прочтёт клиент**\"",
				"\"label\":\"Вопрос\",\"key\":\"question\"")
			.doesNotContain("What next?", "Reply to the customer");
		assertThat(after).contains("\"text\":\"{{ticket.view}}\"", "\"valuesExpression\":\"=ticket.consultants\"",
				"\"hide\":\"=workAction != \\\"faq\\\"\"");
		assertThat(json.readTree(after).findValuesAsText("key")).isEqualTo(json.readTree(before).findValuesAsText("key"));
		assertThat(json.readTree(after).findValuesAsText("value")).isEqualTo(json.readTree(before).findValuesAsText("value"));
	}

	@Test
	void aLanguageWithoutAFileLeavesTheFormAsItIs() {
		assertThat(Texts.ifAny(FormTranslations.TEXTS, Language.EN)).isEmpty();
	}

	private static List<Path> forms() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
			assertThat(forms).hasSizeGreaterThanOrEqualTo(5);
			return forms;
		}
	}
}
