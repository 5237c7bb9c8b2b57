package io.ticketflow.process.internal;

import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ticket processes started by a version without the {@code answered} or {@code pending} flag get them at start-up,
 * from their ticket, so that the "Unanswered" and "Pending reminders due" filters list them too. Afterwards every
 * start sets them and nothing is left to do.
 */
@Component
@Order(2)
class AnsweredFlags implements ApplicationRunner {

	private final RuntimeService runtime;

	private final TicketQueries tickets;

	private final Engine engine;

	AnsweredFlags(RuntimeService runtime, TicketQueries tickets, Engine engine) {
		this.runtime = runtime;
		this.tickets = tickets;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		engine.asSystem(this::addMissing);
	}

	/** Returns how many flags were added. Two counts per flag when nothing is missing, as after the first start. */
	int addMissing() {
		return addMissing(Vars.ANSWERED, TicketView::answered) + addMissing(Vars.PENDING, t -> t.state().isPending());
	}

	private int addMissing(String flag, Predicate<TicketView> value) {
		long processes = runtime.createProcessInstanceQuery().processDefinitionKey(TicketModel.PROCESS).count();
		if (runtime.createVariableInstanceQuery().variableName(flag).count() >= processes) {
			return 0;
		}
		Set<String> flagged = runtime.createVariableInstanceQuery().variableName(flag).list().stream()
			.map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
		int added = 0;
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processDefinitionKey(TicketModel.PROCESS).list()) {
			if (!flagged.contains(instance.getId()) && instance.getBusinessKey() != null) {
				runtime.setVariable(instance.getId(), flag, value.test(tickets.ticket(instance.getBusinessKey())));
				added++;
			}
		}
		return added;
	}
}
