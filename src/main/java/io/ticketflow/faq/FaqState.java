package io.ticketflow.faq;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Internal entries help agents only; public ones are on the public FAQ too. */
public enum FaqState {

	INTERNAL, PUBLIC;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
