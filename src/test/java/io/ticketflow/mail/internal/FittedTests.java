package io.ticketflow.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FittedTests {

	@Test
	void nulAndLoneSurrogatesBecomeReplacementCharactersAndPairsStay() {
		assertThat(Fitted.text("a\0b\uD800c\uDFFFd\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00");
		assertThat(Fitted.text("ends high\uD800")).isEqualTo("ends high\uFFFD");
		assertThat(Fitted.text("line\nbreaks\r\nstay")).isEqualTo("line\nbreaks\r\nstay");
	}

	@Test
	void aLineHasNoControlCharacters() {
		assertThat(Fitted.line("Bob\r\nBcc: victim\0", 100)).isEqualTo("Bob  Bcc: victim\uFFFD");
	}

	@Test
	void aShortenedValueFitsAndEndsWithAnEllipsisWithoutSplittingAPair() {
		assertThat(Fitted.cut("x".repeat(10), 10)).isEqualTo("x".repeat(10));
		assertThat(Fitted.cut("x".repeat(11), 10)).isEqualTo("x".repeat(9) + "…");
		assertThat(Fitted.cut("xxxxxxxx\uD83D\uDE00yy", 10)).isEqualTo("xxxxxxxx…");
	}

	@Test
	void aListKeepsWholeItemsAndCountsTheRest() {
		List<String> items = IntStream.range(0, 5000).mapToObj(i -> "r" + i + "@example.com").toList();
		String fitted = Fitted.list(items, ", ", 4000);
		assertThat(fitted.length()).isLessThanOrEqualTo(4000);
		assertThat(fitted).startsWith("r0@example.com, r1@example.com, ").endsWith(" more)");
		assertThat(Fitted.list(List.of("a@b", "c@d"), ", ", 4000)).isEqualTo("a@b, c@d");
	}
}
