package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The forms and the model must agree: every user task has its form, every choice a form offers has a path. */
class FormsTests {

	static final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/ticket.bpmn"));

	static final ObjectMapper json = new ObjectMapper();

	@Test
	void everyUserTaskReferencesAFormThatExists() throws IOException {
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String formRef = task.getCamundaFormRef();
			assertThat(formRef).as(task.getId()).isNotNull();
			assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
			JsonNode form = json.readTree(new File("forms/" + formRef + ".form"));
			assertThat(form.path("id").asText()).isEqualTo(formRef);
			assertThat(form.path("components").get(0)).as("form " + formRef + " draws the ticket as every form does")
				.isEqualTo(json.readTree("{\"type\":\"text\",\"id\":\"Text_Ticket\",\"text\":\"{{ticket.view}}\"}"));
			assertThat(texts(form).stream().skip(1)).as("form " + formRef + " draws no part of the ticket itself")
				.noneMatch(t -> t.contains("{{ticket."));
		}
	}

	@Test
	void everyChoiceOfAFormHasItsPathInTheModel() throws IOException {
		assertChoicesMatchConditions("work", "workAction", Set.of());
		assertChoicesMatchConditions("triage", "triageAction", Set.of("route"));
		assertChoicesMatchConditions("consult", "consultAction", Set.of("return"));
		assertChoicesMatchConditions("review", "reviewDecision", Set.of("return"));
	}

	/** The work form's actions all have a condition: what none of them matches is refused, and the task stays. */
	@Test
	void anActionNoConditionMatchesIsRefusedAndLeadsBackToTheWork() {
		ExclusiveGateway gateway = model.getModelElementById("Gateway_WorkAction");
		assertThat(gateway.getDefault().getTarget().getId()).isEqualTo("Task_RefuseUnknownAction");
		assertThat(gateway.getDefault().getConditionExpression()).isNull();
		assertThat(((ServiceTask) gateway.getDefault().getTarget()).getCamundaDelegateExpression())
			.isEqualTo("${refuseUnknownAction}");
	}

	/** Each value of the select is tested by a condition, except the ones the default flow takes. */
	private void assertChoicesMatchConditions(String formId, String key, Set<String> defaults) throws IOException {
		Set<String> offered = new TreeSet<>();
		for (JsonNode component : json.readTree(new File("forms/" + formId + ".form")).path("components")) {
			if (key.equals(component.path("key").asText())) {
				component.path("values").forEach(v -> offered.add(v.path("value").asText()));
			}
		}
		Set<String> routed = new TreeSet<>(defaults);
		Pattern condition = Pattern.compile("\\$\\{" + key + " == '([a-zA-Z]+)'}");
		for (ConditionExpression expression : model.getModelElementsByType(ConditionExpression.class)) {
			Matcher matcher = condition.matcher(expression.getTextContent().strip());
			if (matcher.matches()) {
				routed.add(matcher.group(1));
			}
		}
		assertThat(offered).as(formId + "." + key).isNotEmpty().isEqualTo(routed);
	}

	private static Collection<String> texts(JsonNode form) {
		List<String> texts = new ArrayList<>();
		form.path("components").forEach(c -> texts.add(c.path("text").asText()));
		return texts;
	}
}
