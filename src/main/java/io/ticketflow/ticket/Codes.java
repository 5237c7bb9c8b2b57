package io.ticketflow.ticket;

import io.ticketflow.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lower-case, underscore codes by which the API and the forms name enum constants. */
public final class Codes {

	private Codes() {
	}

	public static String code(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** The code as words, where no enum gives a label of its own: pending_reminder reads "pending reminder". */
	public static String label(Enum<?> constant) {
		return code(constant).replace('_', ' ');
	}

	public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(field, field + " is required");
		}
		String name = code.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new InvalidInputException(field, "unknown " + field + " '" + code + "'; one of "
						+ Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "))));
	}
}
