package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The models pass Camunda Modeler's own lint: bpmnlint's recommended rules and the camunda-compat rules for
 * Camunda 7.24 (browser-tests/.bpmnlintrc), without an error or a warning.
 */
class ModelLintTests {

	@Test
	void ticketProcessPassesBpmnlintForCamunda724() throws Exception {
		Process lint = new ProcessBuilder("node_modules/.bin/bpmnlint", "../processes/ticket.bpmn")
			.directory(new File("browser-tests")).redirectErrorStream(true).start();
		assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
		String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.exitValue()).as(output).isZero();
		assertThat(output).as(output).doesNotContain("error", "warning", "problem");
	}
}
