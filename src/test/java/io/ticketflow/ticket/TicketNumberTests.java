package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TicketNumberTests {

	@Test
	void followsOtrsDateChecksumScheme() {
		assertThat(TicketNumber.of(LocalDate.of(2026, 11, 26), 10, 1).value()).isEqualTo("2026112610000015");
		assertThat(TicketNumber.of(LocalDate.of(2026, 11, 26), 10, 2).value()).isEqualTo("2026112610000024");
		assertThat(TicketNumber.of(LocalDate.of(2026, 1, 2), 7, 12345).value()).startsWith("20260102" + "07" + "12345");
	}

	@Test
	void checkDigitTenBecomesOne() {
		assertThat(TicketNumber.checkDigit("000000000000000")).isEqualTo(1);
		assertThat(TicketNumber.checkDigit("100000000000000")).isEqualTo(9);
		assertThat(TicketNumber.checkDigit("010000000000000")).isEqualTo(8);
	}

	@Test
	void acceptsOnlyWellFormedNumbers() {
		assertThat(new TicketNumber("2026112610000015").value()).isEqualTo("2026112610000015");
		for (String bad : new String[] { null, "", "2026112610000016", "20261126100000151", "2026133110000011",
				"2026112a10000015", "202611261000001", "202611261012345678901" }) {
			assertThatThrownBy(() -> new TicketNumber(bad)).isInstanceOf(InvalidInputException.class)
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("number");
		}
	}

	@Test
	void theDailyCounterHasAtLeastFiveDigitsAndGrowsBeyondThemAsInOtrs() {
		TicketNumber busy = TicketNumber.of(LocalDate.of(2026, 11, 26), 10, 100_000);
		assertThat(busy.value()).hasSize(17).startsWith("20261126" + "10" + "100000");
		assertThat(new TicketNumber(busy.value())).isEqualTo(busy);
		assertThat(TicketNumber.of(LocalDate.of(2026, 11, 26), 10, 99_999).value()).hasSize(16);
		assertThat(TicketNumber.of(LocalDate.of(2026, 11, 26), 10, TicketNumber.MAX_COUNTER).value()).hasSize(20);
		assertThatThrownBy(() -> TicketNumber.of(LocalDate.now(), 10, TicketNumber.MAX_COUNTER + 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TicketNumber.of(LocalDate.now(), 100, 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
