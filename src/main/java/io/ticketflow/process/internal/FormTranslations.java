package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The task forms in the reader's language. The forms (forms/*.form) are written in English in Camunda Modeler; each
 * other language has their words in one file (texts/form-fields_ru.properties) under the form's id, the field's key
 * (or id) and the property. A form is translated on its way to Tasklist, when the browser asks for a language that
 * has such a file; a text without a translation stays English. The form's fields, values and logic never change.
 */
class FormTranslations extends EngineAnswerFilter {

	static final String TEXTS = "texts/form-fields";

	/** The properties of a form's component that people read. */
	static final List<String> WORDED = List.of("label", "description", "text", "dateLabel", "timeLabel",
			"placeholder");

	private static final Pattern DEPLOYED_FORM = Pattern.compile(".*/task/[^/]+/deployed-form$");

	/** Template expressions ({{ … }}), which are not words. */
	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}");

	FormTranslations(ObjectMapper json) {
		super(json, HttpServletResponse.SC_OK);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !DEPLOYED_FORM.matcher(request.getRequestURI()).matches()
				|| reader(request) == Language.EN;
	}

	@Override
	protected boolean change(HttpServletRequest request, ObjectNode form) {
		Language language = reader(request);
		return Texts.ifAny(TEXTS, language).map(words -> translate(form, words)).orElse(false);
	}

	/** Puts the words of the file in place of the form's English ones; returns whether any was there. */
	static boolean translate(ObjectNode form, ResourceBundle words) {
		boolean[] changed = { false };
		texts(form, (key, place) -> {
			if (words.containsKey(key)) {
				place.accept(words.getString(key));
				changed[0] = true;
			}
		});
		return changed[0];
	}

	/** Every English text of a form a person reads, by its key, as the translation files name them. */
	static Map<String, String> texts(JsonNode form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts(form, (key, place) -> texts.put(key, place.english()));
		return texts;
	}

	private static void texts(JsonNode form, BiConsumer<String, Place> each) {
		String formId = form.path("id").asText();
		for (JsonNode component : components(form)) {
			String name = component.hasNonNull("key") ? component.path("key").asText() : component.path("id").asText();
			String prefix = formId + "." + name + ".";
			for (String property : WORDED) {
				String english = component.path(property).asText(null);
				if (english != null && !english.startsWith("=") && hasWords(english)) {
					each.accept(prefix + property, new Place((ObjectNode) component, property, english));
				}
			}
			component.path("values").forEach(option -> each.accept(prefix + "option." + option.path("value").asText(),
					new Place((ObjectNode) option, "label", option.path("label").asText())));
			component.path("columns").forEach(column -> each.accept(prefix + "column." + column.path("key").asText(),
					new Place((ObjectNode) column, "label", column.path("label").asText())));
		}
	}

	/** The form's components, those inside groups too. */
	private static List<JsonNode> components(JsonNode parent) {
		List<JsonNode> all = new ArrayList<>();
		for (JsonNode component : parent.path("components")) {
			all.add(component);
			all.addAll(components(component));
		}
		return all;
	}

	private static boolean hasWords(String text) {
		return TEMPLATE.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
	}

	/** Where one text of a form stands. */
	private record Place(ObjectNode node, String property, String english) implements Consumer<String> {

		@Override
		public void accept(String translated) {
			node.put(property, translated);
		}
	}
}
