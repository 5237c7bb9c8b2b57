package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every user task and process of the model has its name in every other language; only names change. */
class ModelWordsTests {

	@Test
	void everyUserTaskAndProcessOfTheModelHasItsRussianName() {
		BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/ticket.bpmn"));
		List<String> named = new ArrayList<>();
		model.getModelElementsByType(Process.class).forEach(p -> named.add(p.getId()));
		model.getModelElementsByType(UserTask.class).forEach(t -> named.add(t.getId()));
		assertThat(named).contains("ticket", "Task_Work", "Task_Triage").hasSizeGreaterThanOrEqualTo(6);
		ResourceBundle russian = Texts.of(ModelWords.TEXTS, Language.RU);
		assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(named);
	}

	@Test
	void aFiltersListNamesItsTasksAndProcessInRussian() throws Exception {
		JsonNode list = new ObjectMapper().readTree("""
				{"_embedded":{"task":[{"id":"1","name":"Work on the ticket","taskDefinitionKey":"Task_Work",
				"processDefinitionId":"ticket:1:7"}],"processDefinition":[{"id":"ticket:1:7","key":"ticket",
				"name":"Ticket","version":1,"deploymentId":"5"}]},"count":1}""");

		assertThat(ModelWords.rename(list, Texts.of(ModelWords.TEXTS, Language.RU))).isTrue();

		assertThat(list.at("/_embedded/task/0/name").asText()).isEqualTo("Работа над заявкой");
		assertThat(list.at("/_embedded/task/0/taskDefinitionKey").asText()).isEqualTo("Task_Work");
		assertThat(list.at("/_embedded/processDefinition/0/name").asText()).isEqualTo("Заявка");
		assertThat(list.at("/_embedded/processDefinition/0/key").asText()).isEqualTo("ticket");
		assertThat(list.path("count").asInt()).isEqualTo(1);
	}
}
