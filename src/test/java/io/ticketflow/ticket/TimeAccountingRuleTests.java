package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The minutes an agent may enter, optional or asked for by the help desk. */
class TimeAccountingRuleTests {

	@Test
	void optionalByDefaultAndADayAtMost() {
		TimeAccounting optional = new TimeAccounting(false);
		assertThatCode(() -> optional.check(null)).doesNotThrowAnyException();
		assertThatCode(() -> optional.check(1440)).doesNotThrowAnyException();
		assertThatThrownBy(() -> optional.check(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 1440");
		assertThatThrownBy(() -> optional.check(1441)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void whenRequiredANoteOrReplyWithoutMinutesIsRefusedNamingTheField() {
		TimeAccounting required = new TimeAccounting(true);
		assertThatThrownBy(() -> required.check(null)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("minutes"));
		assertThatCode(() -> required.check(5)).doesNotThrowAnyException();
	}
}
