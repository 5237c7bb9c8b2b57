package io.ticketflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of the OpenAPI document, with what it takes to call it plausibly. */
record OpenApiOperation(String method, String path, String id, List<String> requiredQuery, List<String> query,
		String contentType, JsonNode bodySchema, JsonNode document) {

	private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	/** Every POST, PUT, PATCH and DELETE of the document under /api. */
	static List<OpenApiOperation> mutating(JsonNode document) {
		return of(document, MUTATING);
	}

	/** Every GET of the document under /api. */
	static List<OpenApiOperation> reading(JsonNode document) {
		return of(document, Set.of("get"));
	}

	private static List<OpenApiOperation> of(JsonNode document, Set<String> methods) {
		List<OpenApiOperation> operations = new ArrayList<>();
		document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
			if (methods.contains(method.getKey()) && path.getKey().startsWith("/api/")) {
				operations.add(of(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue(), document));
			}
		}));
		return operations;
	}

	private static OpenApiOperation of(String method, String path, JsonNode operation, JsonNode document) {
		List<String> required = new ArrayList<>();
		List<String> query = new ArrayList<>();
		operation.path("parameters").forEach(p -> {
			if (p.path("in").asText().equals("query")) {
				query.add(p.path("name").asText());
				if (p.path("required").asBoolean()) {
					required.add(p.path("name").asText());
				}
			}
		});
		Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
		Map.Entry<String, JsonNode> first = content.hasNext() ? content.next() : null;
		return new OpenApiOperation(method, path, operation.path("operationId").asText(), required, query,
				first == null ? null : first.getKey(), first == null ? null : first.getValue().path("schema"), document);
	}

	/** The path with each parameter filled in. */
	String path(Function<String, String> values) {
		Matcher matcher = PARAMETER.matcher(path);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(filled, Matcher.quoteReplacement(values.apply(matcher.group(1))));
		}
		return matcher.appendTail(filled).toString();
	}

	/** A body made from the schema: every property with a value of its type, the first of an enum. */
	JsonNode exampleBody() {
		return example(bodySchema, 0);
	}

	private JsonNode example(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		JsonNodeFactory json = JsonNodeFactory.instance;
		if (resolved.has("enum")) {
			return resolved.path("enum").get(0);
		}
		String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
		return switch (type) {
			case "object" -> {
				ObjectNode object = json.objectNode();
				if (depth < 5) {
					resolved.path("properties").fields()
						.forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
				}
				yield object;
			}
			case "array" -> json.arrayNode();
			case "integer", "number" -> json.numberNode(1);
			case "boolean" -> json.booleanNode(false);
			default -> json.textNode(resolved.path("format").asText().equals("email")
					? "w-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com" : "Walk");
		};
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asText("");
		if (ref.isEmpty()) {
			return schema;
		}
		return document.at(ref.substring(1));
	}

	@Override
	public String toString() {
		return id + " (" + method + " " + path + ")";
	}
}
