package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.process.WorkAction;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every name code gives the model is in the model and the forms: a task renamed in Modeler, a message or a form value
 * changed, fails here and not in a filter or a notification at run time. Reads the files, no engine: milliseconds.
 */
class ModelNamesTests {

	static final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/ticket.bpmn"));

	static final ObjectMapper json = new ObjectMapper();

	/** {@code ${field == 'value'}} in a sequence flow's condition. */
	static final Pattern CONDITION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*}");

	@Test
	void theProcessIsTheOneCodeStarts() {
		assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
			.containsExactly(TicketModel.PROCESS);
	}

	@ParameterizedTest
	@EnumSource(TicketModel.Task.class)
	void everyTaskCodeNamesIsAUserTaskWithItsForm(TicketModel.Task task) {
		assertThat(model.<UserTask>getModelElementById(task.id())).as(task.id()).isInstanceOf(UserTask.class)
			.satisfies(userTask -> assertThat(new File("forms/" + userTask.getCamundaFormRef() + ".form")).exists());
	}

	@ParameterizedTest
	@EnumSource(TicketModel.Message.class)
	void everyMessageCodeCorrelatesIsDefined(TicketModel.Message message) {
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName).contains(message.id());
	}

	@ParameterizedTest
	@EnumSource(WorkAction.class)
	void everyWorkActionIsOfferedByTheWorkFormAndTakenByTheModel(WorkAction action) throws IOException {
		assertThat(options("work", TicketModel.WORK_ACTION)).contains(action.value());
		assertThat(conditions(TicketModel.WORK_ACTION)).contains(action.value());
	}

	@Test
	void theWorkFormAndTheModelKnowNoActionCodeDoesNot() throws IOException {
		List<String> known = Arrays.stream(WorkAction.values()).map(WorkAction::value).toList();
		assertThat(options("work", TicketModel.WORK_ACTION)).containsExactlyInAnyOrderElementsOf(known);
		assertThat(conditions(TicketModel.WORK_ACTION)).containsExactlyInAnyOrderElementsOf(known);
	}

	@ParameterizedTest
	@EnumSource(TicketModel.Choice.class)
	void everyChoiceCodeComparesWithIsOfferedByItsFormAndMatchesTheModel(TicketModel.Choice choice)
			throws IOException {
		assertThat(options(choice.form(), choice.field())).as(choice.form() + "." + choice.field())
			.contains(choice.value());
		List<String> compared = conditions(choice.field());
		if (!compared.isEmpty()) {
			assertThat(compared).as("the model's conditions on " + choice.field()).contains(choice.value());
		}
	}

	@Test
	void theWorkFormHasTheBoxThatConfirmsClosingAParentWithOpenChildren() throws IOException {
		JsonNode components = json.readTree(new File("forms/work.form")).path("components");
		List<String> boxes = new ArrayList<>();
		components.forEach(c -> {
			if ("checkbox".equals(c.path("type").asText())) {
				boxes.add(c.path("key").asText());
			}
		});
		assertThat(boxes).contains(TicketModel.CLOSE_WITH_OPEN_CHILDREN);
	}

	/** The values a form's select or radio offers for a field. */
	static List<String> options(String form, String field) throws IOException {
		JsonNode components = json.readTree(new File("forms/" + form + ".form")).path("components");
		List<String> values = new ArrayList<>();
		components.forEach(c -> {
			if (field.equals(c.path("key").asText())) {
				c.path("values").forEach(v -> values.add(v.path("value").asText()));
			}
		});
		assertThat(values).as("form %s offers %s", form, field).isNotEmpty();
		return values;
	}

	/** The values the model's conditions compare the field with. */
	static List<String> conditions(String field) {
		return model.getModelElementsByType(ConditionExpression.class).stream()
			.flatMap(condition -> {
				Matcher m = CONDITION.matcher(condition.getTextContent());
				return m.matches() && m.group(1).equals(field) ? Stream.of(m.group(2)) : Stream.empty();
			})
			.distinct() // a value may be compared at more than one gateway (reply, then close)
			.toList();
	}
}
