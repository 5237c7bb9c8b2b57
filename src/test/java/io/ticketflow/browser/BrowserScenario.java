package io.ticketflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the scripts in browser-tests/: a scenario clicked through Tasklist in chromium. One node process
 * (driver.mjs) runs them all, one after another, in one chromium, so that each person keeps Tasklist open from
 * one scenario to the next; it ends with the JVM. Its own messages go to target/browser/driver.log.
 */
final class BrowserScenario {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static Process driver;

	private static Writer commands;

	private static BufferedReader answers;

	private BrowserScenario() {
	}

	/** Runs the script and fails with what it printed when it does not succeed; returns what it printed. */
	static synchronized String run(String script, Object... arguments) throws IOException, InterruptedException {
		start();
		commands.write(JSON.writeValueAsString(Map.of("script", script,
				"args", Arrays.stream(arguments).map(String::valueOf).toList())) + "\n");
		commands.flush();
		String line;
		try {
			line = CompletableFuture.supplyAsync(BrowserScenario::answer).get(3, TimeUnit.MINUTES);
		}
		catch (TimeoutException | ExecutionException ex) {
			stop();
			return fail("%s did not end in time or its driver stopped: %s", script, ex);
		}
		assertThat(line).as("%s: the driver answered (see target/browser/driver.log)", script).isNotNull();
		JsonNode answer = JSON.readTree(line);
		String output = answer.path("output").asText();
		assertThat(answer.path("error").isNull()).as("%s succeeded; it printed:%n%s%nand failed with:%n%s", script,
				output, answer.path("error").asText()).isTrue();
		return output;
	}

	private static String answer() {
		try {
			return answers.readLine();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void start() throws IOException {
		if (driver != null && driver.isAlive()) {
			return;
		}
		File log = new File("target/browser/driver.log");
		log.getParentFile().mkdirs();
		ProcessBuilder builder = new ProcessBuilder("node", "driver.mjs").directory(new File("browser-tests"))
			.redirectError(ProcessBuilder.Redirect.appendTo(log));
		builder.environment().put("SCREENSHOTS", "../target/browser");
		driver = builder.start();
		commands = new OutputStreamWriter(driver.getOutputStream(), StandardCharsets.UTF_8);
		answers = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
		Process started = driver;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
	}

	private static void stop() {
		driver.destroyForcibly();
		driver = null;
	}
}
