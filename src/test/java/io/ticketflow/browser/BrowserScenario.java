package io.ticketflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the scripts in browser-tests/ with node: a scenario clicked through Tasklist in chromium. */
final class BrowserScenario {

	private BrowserScenario() {
	}

	/** Runs the script and fails with what it printed when it does not succeed. */
	static String run(String script, Object... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("node", script));
		for (Object argument : arguments) {
			command.add(String.valueOf(argument));
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(new java.io.File("browser-tests"))
			.redirectErrorStream(true);
		builder.environment().put("SCREENSHOTS", "../target/browser");
		Process process = builder.start();
		boolean ended = process.waitFor(3, TimeUnit.MINUTES);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			process.destroyForcibly();
		}
		assertThat(ended).as("%s ended in time; it printed:%n%s", script, output).isTrue();
		assertThat(process.exitValue()).as("%s succeeded; it printed:%n%s", script, output).isZero();
		return output;
	}
}
