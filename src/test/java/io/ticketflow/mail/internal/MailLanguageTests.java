package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language of a customer's mail, as the help desk reads it to answer in the same language. */
class MailLanguageTests {

	private final MailParser parser = new MailParser();

	@ParameterizedTest
	@ValueSource(strings = { "koi8-r.eml", "windows-1251.eml" })
	void aCyrillicMailInAnOldRussianCharsetIsRussian(String file) throws Exception {
		assertThat(languageOf(read(file))).isEqualTo(Language.RU);
	}

	@Test
	void aCyrillicMailInUtf8IsRussian() throws Exception {
		String raw = "From: ivan@example.ru\r\nTo: support@example.com\r\nSubject: =?UTF-8?B?"
				+ java.util.Base64.getEncoder().encodeToString("Не работает принтер".getBytes(StandardCharsets.UTF_8))
				+ "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ "Добрый день! Принтер HP LaserJet в кабинете 4 не печатает с утра.\r\n";
		assertThat(languageOf(raw.getBytes(StandardCharsets.UTF_8))).isEqualTo(Language.RU);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain-utf8.eml", "iso-8859-1.eml", "alternative.eml" })
	void aLatinMailIsEnglish(String file) throws Exception {
		assertThat(languageOf(read(file))).isEqualTo(Language.EN);
	}

	@Test
	void theDeclaredLanguageWinsWhenTheHelpDeskWritesIt() {
		assertThat(Language.detect("ru-RU", "Hello, the printer is broken")).isEqualTo(Language.RU);
		assertThat(Language.detect("de, en", "Привет")).isEqualTo(Language.EN);
		assertThat(Language.detect("fr", "Привет, принтер сломался")).isEqualTo(Language.RU);
	}

	@Test
	void anEnglishQuoteOrAProductNameDoesNotMakeARussianMailEnglish() {
		assertThat(Language.detect(null, "Принтер HP LaserJet Pro MFP M428fdw не печатает, пишет Paper jam")).isEqualTo(Language.RU);
		assertThat(Language.detect(null, "The printer says Ошибка 5")).isEqualTo(Language.EN);
		assertThat(Language.detect(null, "12345 !!!")).isEqualTo(Language.EN);
		assertThat(Language.detect(null, null)).isEqualTo(Language.EN);
	}

	@Test
	void aLanguageNotWrittenIsRefusedNamingTheField() {
		assertThat(Language.of("ru-RU", "language")).isEqualTo(Language.RU);
		assertThatThrownBy(() -> Language.of("klingon", "language")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("language"));
	}

	private Language languageOf(byte[] raw) throws UnreadableMailException {
		return parser.parse(raw).language();
	}

	private static byte[] read(String name) throws IOException {
		try (InputStream in = MailLanguageTests.class.getResourceAsStream("/mail/" + name)) {
			return in.readAllBytes();
		}
	}
}
