package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a deployed model may hold, on its own: no Spring, no engine. */
class ModelCheckTests {

	private final ModelCheck check = new ModelCheck(Set.of("jdbcTemplate", "ticketLedger")::contains);

	@Test
	void theTicketProcessPasses() throws Exception {
		assertThat(check.problems("ticket.bpmn", Files.readAllBytes(Path.of("processes/ticket.bpmn")))).isEmpty();
	}

	@Test
	void anExpressionThatReachesIntoABeanIsRefused() {
		assertThat(problems(serviceTask("camunda:expression=\"${jdbcTemplate.update('delete from article')}\"")))
			.singleElement().asString().contains("reaches into objects");
		assertThat(problems(serviceTask("camunda:expression=\"${execution.processEngineServices.runtimeService}\"")))
			.singleElement().asString().contains("reaches into objects");
		assertThat(problems(serviceTask("camunda:expression=\"#{ticketLedger['record']}\""))).hasSize(1);
		assertThat(problems(serviceTask("camunda:expression=\"${currentUser()}\""))).hasSize(1);
	}

	@Test
	void anExpressionNamingAnotherBeanIsRefused() {
		assertThat(problems(serviceTask("camunda:delegateExpression=\"${jdbcTemplate}\""))).singleElement().asString()
			.contains("jdbcTemplate, which is not one of the help desk's process steps");
	}

	@Test
	void stepsVariablesLiteralsAndOperatorsPass() {
		assertThat(problems(serviceTask("camunda:delegateExpression=\"${addNote}\""))).isEmpty();
		assertThat(problems(serviceTask("camunda:expression=\"${workAction == 'a.b(c)' &amp;&amp; not answered}\""))).isEmpty();
	}

	@Test
	void scriptsClassesAndConnectorsAreRefused() {
		assertThat(problems(serviceTask("camunda:class=\"org.example.Evil\""))).hasSize(1);
		assertThat(problems(model("<bpmn:scriptTask id=\"S\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>")))
			.isNotEmpty();
		assertThat(problems(model("<bpmn:serviceTask id=\"T\"><bpmn:extensionElements><camunda:connector>"
				+ "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>"
				+ "</bpmn:serviceTask>"))).isNotEmpty();
		assertThat(problems(model("<bpmn:sequenceFlow id=\"F\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression "
				+ "language=\"javascript\">true</bpmn:conditionExpression></bpmn:sequenceFlow>"))).isNotEmpty();
	}

	@Test
	void caseModelsAndScriptedDecisionsAreRefused() {
		assertThat(check.problems("case.cmmn", new byte[0])).isNotEmpty();
		String decision = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" "
				+ "namespace=\"x\"><decision id=\"x\"><decisionTable><input><inputExpression typeRef=\"string\" "
				+ "expressionLanguage=\"javascript\"><text>a</text></inputExpression></input></decisionTable></decision>"
				+ "</definitions>";
		assertThat(check.problems("d.dmn", decision.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
	}

	@Test
	void anUnreadableModelIsRefusedWithItsReason() {
		assertThat(check.problems("broken.bpmn", "<definitions".getBytes(StandardCharsets.UTF_8))).singleElement()
			.asString().contains("not a readable model");
		assertThat(check.problems("x.bpmn", ("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
			.getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("not a readable model");
	}

	private java.util.List<String> problems(String xml) {
		return check.problems("model.bpmn", xml.getBytes(StandardCharsets.UTF_8));
	}

	static String serviceTask(String attributes) {
		return model("<bpmn:serviceTask id=\"T\" " + attributes + " />");
	}

	static String model(String elements) {
		return "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
				+ "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"D\" targetNamespace=\"x\">"
				+ "<bpmn:process id=\"p\" isExecutable=\"true\">" + elements + "</bpmn:process></bpmn:definitions>";
	}
}
