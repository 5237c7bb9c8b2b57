package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps speak Russian: for each webapp, every text of Camunda's shipped English locale has its Russian
 * counterpart in ours, with the same placeholders, and the webapp's configuration offers Russian. A new label in a
 * Camunda update fails here until it is translated.
 */
class WebappLocalesTests {

	private static final String APP = "META-INF/resources/webjars/camunda/app/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void everyEnglishTextHasItsRussianCounterpart(String app) throws IOException {
		JsonNode english = read(APP + app + "/locales/en.json");
		JsonNode russian = read(APP + app + "/locales/ru.json");
		List<String> missing = new ArrayList<>();
		List<String> placeholders = new ArrayList<>();
		compare("", english, russian, missing, placeholders);
		assertThat(missing).as("English texts of %s without a Russian one", app).isEmpty();
		assertThat(placeholders).as("Russian texts of %s that lose or add a placeholder", app).isEmpty();
		TreeSet<String> known = names(english.get("labels"));
		known.addAll(pluginLabels(app));
		assertThat(names(russian.get("labels"))).as("Russian labels of %s that neither Camunda nor our plugins have", app)
			.isSubsetOf(known);
		assertThat(russian.get("labels").has("Ticket") || !app.equals("tasklist")).as("the Ticket tab in Russian").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void theWebappOffersRussianBesideEnglishAndGerman(String app) throws IOException {
		String config = text(APP + app + "/scripts/config.js");
		assertThat(config).containsPattern("availableLocales:\\s*\\['ru', 'en', 'de']")
			.containsPattern("fallbackLocale:\\s*'en'");
	}

	private static void compare(String path, JsonNode english, JsonNode russian, List<String> missing,
			List<String> placeholders) {
		if (english.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				JsonNode counterpart = russian == null ? null : russian.get(field.getKey());
				compare(path + "/" + field.getKey(), field.getValue(), counterpart, missing, placeholders);
			}
		}
		else if (russian == null || russian.isNull() || english.isTextual() && !english.asText().isBlank()
				&& russian.asText().isBlank()) {
			missing.add(path);
		}
		else if (english.isTextual() && !placeholdersOf(english.asText()).equals(placeholdersOf(russian.asText()))) {
			placeholders.add(path);
		}
	}

	private static TreeSet<String> placeholdersOf(String text) {
		TreeSet<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replace(" ", ""));
		}
		return found;
	}

	/** The labels our plugin of the webapp gives its tabs, which the webapp translates with its own texts. */
	private static List<String> pluginLabels(String app) throws IOException {
		String plugin = text("plugin-webapp/ticketflow-" + app + "/app/plugin.js", true);
		return Pattern.compile("properties: \\{ label: '([^']+)' }").matcher(plugin).results().map(m -> m.group(1))
			.toList();
	}

	private static TreeSet<String> names(JsonNode node) {
		TreeSet<String> names = new TreeSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	/** The file the server serves: the first of that name on the class path (ours before the webjar's). */
	private JsonNode read(String resource) throws IOException {
		return json.readTree(text(resource).replace("\uFEFF", ""));
	}

	private static String text(String resource) throws IOException {
		return text(resource, false);
	}

	/** The file's text; with absentIsEmpty, nothing when there is no such file (a webapp without our plugin). */
	private static String text(String resource, boolean absentIsEmpty) throws IOException {
		Enumeration<URL> found = WebappLocalesTests.class.getClassLoader().getResources(resource);
		if (absentIsEmpty && !found.hasMoreElements()) {
			return "";
		}
		assertThat(found.hasMoreElements()).as(resource).isTrue();
		try (InputStream in = found.nextElement().openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
