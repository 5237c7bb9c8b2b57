package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every code has its Russian word, written once in texts/labels_ru.properties; none is left there for a code gone. */
class LabelsTests {

	@Test
	void everyCodeHasItsRussianWordAndNoWordIsLeftWithoutACode() throws IOException {
		Properties russian = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/texts/labels_ru.properties")) {
			russian.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Labels english = Labels.in(Language.EN);
		Set<String> codes = new TreeSet<>();
		keys(codes, "state", english.states());
		keys(codes, "articleKind", english.articleKinds());
		keys(codes, "historyType", english.historyTypes());
		keys(codes, "ticketType", english.ticketTypes());
		assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);

		Labels labels = Labels.in(Language.RU);
		assertThat(labels.states()).containsEntry("pending_reminder", "ожидает напоминания")
			.containsOnlyKeys(english.states().keySet());
		assertThat(labels.articleKinds()).containsEntry("internal", "Внутренняя заметка – клиент её не видит");
		assertThat(labels.historyTypes()).containsEntry("consultation_returned", "консультация возвращена");
		assertThat(labels.ticketTypes()).containsEntry("incident", "инцидент");
	}

	@Test
	void englishIsTheCodesOwnWords() {
		assertThat(Labels.in(Language.EN).states()).containsEntry("pending_reminder", "pending reminder");
	}

	private static void keys(Set<String> codes, String group, Map<String, String> labels) {
		labels.keySet().forEach(code -> codes.add(group + "." + code));
	}
}
