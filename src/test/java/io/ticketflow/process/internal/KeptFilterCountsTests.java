package io.ticketflow.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.process.Directory;
import io.ticketflow.process.internal.KeptFilterCounts.Extension;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Tasklist's filter counts are kept per person for a while, and what the person does shows at once. */
@TicketflowTest
// alone: it changes how long the engine-wide filter service keeps counts
@Isolated
class KeptFilterCountsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	Directory directory;

	@Autowired
	KeptFilterCounts counts;

	@BeforeEach
	void keep() {
		counts.keepFor(Duration.ofHours(1));
	}

	@AfterEach
	void keepNoMore() {
		counts.keepFor(Duration.ZERO);
		counts.countAtOnceBelow(KeptFilterCounts.COUNT_AT_ONCE_BELOW);
	}

	@Test
	void aPersonsCountsAreKeptUntilTheyChangeATaskThemselves() {
		HelpDesk desk = new HelpDesk(context);
		String myQueues = filter("My queues");
		long queue = count("agent", "My queues");
		long mine = count("agent", "My tickets");
		String number = desk.open("Support");
		assertThat(count("agent", "My queues")).as("another's new ticket, within the while").isEqualTo(queue);
		assertThat(as("agent", () -> filters.count(myQueues, tasks.createTaskQuery().active())))
			.as("the active tasks, as Tasklist lists them: counted the first time").isEqualTo(queue + 1);
		desk.open("Support");
		assertThat(as("agent", () -> filters.count(myQueues, tasks.createTaskQuery().active())))
			.as("then kept").isEqualTo(queue + 1);
		assertThat(as("agent", () -> filters.count(myQueues, tasks.createTaskQuery().taskNameLike("%"))))
			.as("a count with criteria of its own is counted each time").isEqualTo(queue + 2);
		assertThat(count("agent2", "My queues")).as("each person's own count")
			.isEqualTo(as("agent2", () -> filters.count(myQueues, tasks.createTaskQuery().taskNameLike("%"))));

		Task work = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
		as("agent", () -> {
			tasks.claim(work.getId(), "agent");
			return null;
		});
		assertThat(count("agent", "My tickets")).as("the agent's own claim shows at once").isEqualTo(mine + 1);
		assertThat(count("agent", "My queues")).isEqualTo(queue + 1);
	}

	/**
	 * Counting a large filter takes the engine long (half a second with 100,000 open tickets): after a person's own
	 * change it is counted again in the background, and the count a moment older answers meanwhile.
	 */
	@Test
	void aLargeCountIsCountedAgainInTheBackgroundAfterThePersonsOwnChange() {
		HelpDesk desk = new HelpDesk(context);
		String number = desk.open("Support");
		long queue = count("agent", "My queues");
		counts.countAtOnceBelow(queue);

		Task work = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
		as("agent", () -> {
			tasks.claim(work.getId(), "agent");
			return null;
		});
		assertThat(count("agent", "My queues")).as("the last count, at once").isEqualTo(queue);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count("agent", "My queues") == queue - 1);
	}

	/**
	 * A large count is kept for a longer while than a small one: counting it again takes the engine a tenth to one and
	 * a half seconds, a minute's change in it is not worth that every 10 s for each person.
	 */
	@Test
	void aLargeCountIsKeptLongerThanASmallOne() {
		HelpDesk desk = new HelpDesk(context);
		desk.open("Support");
		Task taken = tasks.createTaskQuery().processInstanceBusinessKey(desk.open("Support")).singleResult();
		as("agent", () -> {
			tasks.claim(taken.getId(), "agent");
			return null;
		});
		long queue = count("agent", "My queues");
		long all = count("agent", "All open tickets");
		assertThat(queue).isLessThan(all);
		counts.countAtOnceBelow(all);
		counts.keepFor(Duration.ZERO, Duration.ofHours(1));
		assertThat(count("agent", "My queues")).isEqualTo(queue);
		assertThat(count("agent", "All open tickets")).isEqualTo(all);

		desk.open("Support");
		assertThat(count("agent", "All open tickets")).as("a large count, kept").isEqualTo(all);
		assertThat(count("agent", "My queues")).as("a small count, not kept").isEqualTo(queue + 1);
	}

	/**
	 * A start forgets what was kept, and a large count took the engine half a second again for each person and filter:
	 * the last one from before answers the first ask at once, and the filter is counted again in the background.
	 */
	@Test
	void aLargeCountFromBeforeAStartAnswersAtOnceAndIsCountedAgain() {
		HelpDesk desk = new HelpDesk(context);
		desk.open("Support");
		long queue = count("agent", "My queues");
		counts.countAtOnceBelow(queue);
		counts.keepFor(Duration.ofHours(1));
		assertThat(count("agent", "My queues")).as("counted again, now a large count").isEqualTo(queue);

		// as after a start: nothing kept in the process
		counts.keepFor(Duration.ofHours(1));
		desk.open("Support");
		assertThat(count("agent", "My queues")).as("the count from before the start, at once").isEqualTo(queue);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count("agent", "My queues") == queue + 1);

		counts.keepFor(Duration.ofHours(1));
		counts.countAtOnceBelow(queue + 3);
		desk.open("Support");
		assertThat(count("agent", "My queues")).as("a small count is counted at once").isEqualTo(queue + 2);
	}

	/**
	 * A page that starts at or past the filter's count, counted for the person within the while, is empty without the
	 * engine's walk through the tasks: above all the list of a filter that had no task for them a moment ago (50 ms
	 * with 13,000 tasks past their deadline, none the secretary's). What others did shows in it within the while, as
	 * in the count.
	 */
	@Test
	void aPageBeyondAFreshCountIsEmptyAndTheEnginesOnceNothingIsKept() {
		HelpDesk desk = new HelpDesk(context);
		String myQueues = filter("My queues");
		Supplier<Long> counted = () -> filters.count(myQueues, tasks.createTaskQuery().active());
		long queue = as("agent", counted);
		desk.open("Support");
		Supplier<List<Task>> beyond = () -> filters.listPage(myQueues,
				tasks.createTaskQuery().active().orderByTaskCreateTime().desc(), (int) queue, 15);

		assertThat(as("agent", beyond)).as("past the count within the while").isEmpty();
		assertThat(as("agent", () -> filters.listPage(myQueues, tasks.createTaskQuery().active(), 0, 15)))
			.as("a page within the count, the engine's").hasSizeGreaterThan(0);
		counts.keepFor(Duration.ZERO);
		assertThat(as("agent", beyond)).as("nothing kept: the engine's").isNotEmpty();
		assertThatThrownBy(() -> as("observer", () -> filters.listPage(myQueues, tasks.createTaskQuery().active(), 0,
				15))).isInstanceOf(AuthorizationException.class);
	}

	@Test
	void aPersonWhoMayNotReadAFilterIsRefusedItsCount() {
		new HelpDesk(context);
		assertThat(count("observer", "All open tickets")).isNotNegative();
		assertThatThrownBy(() -> count("observer", "My tickets")).isInstanceOf(AuthorizationException.class);
	}

	@Test
	void countsAreKeptOfAFilterAloneAndOfItsActiveTasksAsTasklistListsThem() throws Exception {
		assertThat(KeptFilterCounts.extension(null)).isEqualTo(Extension.NONE);
		assertThat(KeptFilterCounts.extension(tasks.createTaskQuery().orderByTaskCreateTime().desc()))
			.isEqualTo(Extension.NONE);
		assertThat(KeptFilterCounts.extension(tasks.createTaskQuery().active())).isEqualTo(Extension.ACTIVE);
		assertThat(KeptFilterCounts.extension(tasks.createTaskQuery().taskNameLike("%printer%"))).isNull();
		assertThat(KeptFilterCounts.extension(tasks.createTaskQuery().processVariableValueEquals("answered", false)))
			.isNull();
		// as the engine REST API reads the bodies Tasklist sends
		assertThat(KeptFilterCounts.extension(restQuery("{}"))).isEqualTo(Extension.NONE);
		assertThat(KeptFilterCounts.extension(restQuery("{\"processVariables\":[],\"taskVariables\":[],"
				+ "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],"
				+ "\"active\":true}"))).isEqualTo(Extension.ACTIVE);
		// as the Tasklist plugin counts each filter in the sidebar: one kept count with the list's
		assertThat(KeptFilterCounts.extension(restQuery("{\"active\":true}"))).isEqualTo(Extension.ACTIVE);
		assertThat(KeptFilterCounts.extension(restQuery("{\"nameLike\":\"%printer%\",\"active\":true}"))).isNull();
	}

	private TaskQuery restQuery(String body) throws Exception {
		ObjectMapper json = new ObjectMapper();
		TaskQueryDto dto = json.readValue(body, TaskQueryDto.class);
		dto.setObjectMapper(json);
		return dto.toQuery(context.getBean(ProcessEngine.class));
	}

	private long count(String user, String filterName) {
		String filter = filter(filterName);
		return as(user, () -> filters.count(filter));
	}

	private String filter(String name) {
		return filters.createTaskFilterQuery().filterName(name).singleResult().getId();
	}

	private <T> T as(String user, Supplier<T> work) {
		identity.setAuthentication(user, List.copyOf(directory.groupsOf(user)));
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}
}
