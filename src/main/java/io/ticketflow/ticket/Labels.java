package io.ticketflow.ticket;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The words agents read for the ticket's codes, written once here: the forms' ticket view and the webapps' plugins
 * take them from the server instead of keeping their own copy.
 */
public record Labels(Map<String, String> states, Map<String, String> articleKinds, Map<String, String> historyTypes,
		Map<String, String> ticketTypes) {

	public static Labels all() {
		return new Labels(of(TicketState.values(), Codes::label), of(ArticleKind.values(), ArticleKind::label),
				of(HistoryType.values(), Codes::label), of(TicketType.values(), Codes::label));
	}

	public static String of(TicketState state) {
		return Codes.label(state);
	}

	private static <E extends Enum<E>> Map<String, String> of(E[] values, Function<E, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> labels.put(Codes.code(value), label.apply(value)));
		return labels;
	}
}
