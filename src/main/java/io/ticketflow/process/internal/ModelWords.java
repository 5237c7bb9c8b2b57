package io.ticketflow.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The names of the ticket's process and its user tasks in the reader's language. The model names them in English;
 * each other language has their names in texts/model_xx.properties, by the element's id. The engine's answers that
 * Tasklist draws its cards and task headers from (a filter's list, a task) carry the names in the language the
 * browser asks for; ids, keys and everything else stay as the engine gave them.
 */
class ModelWords extends EngineAnswerFilter {

	static final String TEXTS = "texts/model";

	/** A filter's list of tasks (asked with GET or POST), a list of tasks, and one task. */
	private static final Pattern NAMED = Pattern.compile(".*/(filter/[^/]+/list|task|task/[^/]+)$");

	ModelWords(ObjectMapper json) {
		super(json, HttpServletResponse.SC_OK);
	}

	/** The element's name in the language, where the language has one. */
	static Optional<String> name(Language language, String elementId) {
		return Texts.ifAny(TEXTS, language).filter(words -> words.containsKey(elementId))
			.map(words -> words.getString(elementId));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !NAMED.matcher(request.getRequestURI()).matches()
				|| !("GET".equals(request.getMethod()) || request.getRequestURI().endsWith("/list"))
				|| reader(request) == Language.EN;
	}

	@Override
	protected boolean change(HttpServletRequest request, ObjectNode answer) {
		return Texts.ifAny(TEXTS, reader(request)).map(words -> rename(answer, words)).orElse(false);
	}

	@Override
	protected boolean changeList(HttpServletRequest request, ArrayNode answer) {
		return Texts.ifAny(TEXTS, reader(request)).map(words -> rename(answer, words)).orElse(false);
	}

	/** Names each task by its definition's key and each process definition by its key; returns whether any. */
	static boolean rename(JsonNode node, ResourceBundle words) {
		boolean renamed = false;
		if (node instanceof ObjectNode object) {
			String key = object.hasNonNull("taskDefinitionKey") ? object.path("taskDefinitionKey").asText()
					: object.has("key") && object.has("version") && object.has("deploymentId")
							? object.path("key").asText() : null;
			if (key != null && object.has("name") && words.containsKey(key)) {
				object.put("name", words.getString(key));
				renamed = true;
			}
		}
		for (JsonNode child : node) {
			renamed |= rename(child, words);
		}
		return renamed;
	}
}
