package io.ticketflow.ticket;

import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The words agents read for the ticket's codes, written once here: the forms' ticket view and the webapps' plugins
 * take them from the server instead of keeping their own copy. In English they are the codes themselves (or an enum's
 * own label); another language has them in texts/labels_xx.properties, keyed by group and code
 * ({@code state.pending_reminder}), and falls back to English for a word it lacks.
 */
public record Labels(Map<String, String> states, Map<String, String> articleKinds, Map<String, String> historyTypes,
		Map<String, String> ticketTypes) {

	public static Labels in(Language language) {
		ResourceBundle words = words(language);
		return new Labels(of(TicketState.values(), "state", Codes::label, words),
				of(ArticleKind.values(), "articleKind", ArticleKind::label, words),
				of(HistoryType.values(), "historyType", Codes::label, words),
				of(TicketType.values(), "ticketType", Codes::label, words));
	}

	/** The language's words, or none where the codes' English is all there is. */
	private static ResourceBundle words(Language language) {
		return Texts.ifAny("texts/labels", language).orElse(null);
	}

	private static <E extends Enum<E>> Map<String, String> of(E[] values, String group, Function<E, String> english,
			ResourceBundle words) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (E value : values) {
			String key = group + "." + Codes.code(value);
			labels.put(Codes.code(value), words != null && words.containsKey(key) ? words.getString(key)
					: english.apply(value));
		}
		return labels;
	}
}
