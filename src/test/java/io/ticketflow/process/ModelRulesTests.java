package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.PostgresTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A model reaches only the help desk's process steps, whichever door deploys it. */
@PostgresTest
class ModelRulesTests {

	private static final String EVIL = """
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="x">
			  <bpmn:process id="evil" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="Start" />
			    <bpmn:serviceTask id="Rewrite" camunda:expression="${jdbcTemplate.update('update ticketflow.article set body = 1')}" />
			  </bpmn:process>
			</bpmn:definitions>""";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngine engine;

	@Test
	void modelerCannotDeployAnExpressionThatReachesPastTheSteps() throws Exception {
		long before = repository.createDeploymentQuery().count();
		HttpResponse<String> response = deploy("admin", "evil.bpmn", EVIL);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("evil.bpmn", "reaches into objects");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void theJavaApiRefusesItToo() {
		assertThatThrownBy(() -> repository.createDeployment().addString("evil.bpmn", EVIL).deploy())
			.hasMessageContaining("reaches into objects");
	}

	@Test
	void aModelOfStepsAndVariablesIsDeployed() throws Exception {
		String model = EVIL.replace("id=\"evil\"", "id=\"harmless\"")
			.replace("camunda:expression=\"${jdbcTemplate.update('update ticketflow.article set body = 1')}\"",
					"camunda:delegateExpression=\"${addNote}\"");
		HttpResponse<String> response = deploy("admin", "harmless.bpmn", model);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void expressionsSeeTheStepsAndNoOtherBean() {
		assertThat(evaluate("${addNote}")).isNotNull();
		assertThatThrownBy(() -> evaluate("${jdbcTemplate}")).hasMessageContaining("jdbcTemplate");
		assertThatThrownBy(() -> evaluate("${ticketActions}")).hasMessageContaining("ticketActions");
	}

	private Object evaluate(String expression) {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
			.createExpression(expression).getValue(new ExecutionEntity()));
	}

	private HttpResponse<String> deploy(String user, String name, String model) throws IOException, InterruptedException {
		String boundary = "----ticketflow-test";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
