package io.ticketflow.process.internal;

import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.FaqView;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.process.Directory;
import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The valid values of the forms' pickers for one ticket and the person working its task: nobody types a user id, an
 * FAQ number or a ticket number. The ticket checks each choice again when the task completes.
 */
@Component
class FormChoices {

	/** How many tickets the merge picker offers: the newest active ones the agent may see. */
	static final int MERGE_TARGETS = 200;

	static final int PREVIEW = 300;

	private final Directory directory;

	private final Rights rights;

	private final TicketQueries queries;

	private final KnowledgeBase knowledgeBase;

	FormChoices(Directory directory, Rights rights, TicketQueries queries, KnowledgeBase knowledgeBase) {
		this.directory = directory;
		this.rights = rights;
		this.queries = queries;
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * Everyone who may work a ticket in some queue, each with the queues they work, which the transfer picker shows:
	 * the ticket refuses an agent who may not work it in the queue it moves to.
	 */
	List<Map<String, Object>> agents(List<QueueView> queues) {
		List<Map<String, Object>> agents = new ArrayList<>();
		for (Directory.Person person : directory.people()) {
			List<String> theirs = queues.stream().filter(q -> rights.mayWork(person.id(), q.group()))
				.map(QueueView::name).toList();
			if (!theirs.isEmpty()) {
				agents.add(Map.of("label", person.label() + " · " + String.join(", ", theirs), "name", person.label(),
						"value", person.id(), "queues", theirs));
			}
		}
		return agents;
	}

	/** Whom the person working the task may consult or pass a consultation to: who may work the ticket, but them. */
	static List<Map<String, Object>> consultants(List<Map<String, Object>> agents, TicketView ticket, String assignee) {
		return agents.stream().filter(a -> ((List<?>) a.get("queues")).contains(ticket.queue()))
			.filter(a -> !a.get("value").equals(assignee))
			.map(a -> Map.of("label", a.get("name"), "value", a.get("value")))
			.toList();
	}

	/** The public entries an answer may send, the ones that match the ticket first, each with a preview. */
	List<Map<String, Object>> faqEntries(List<FaqHit> suggested) {
		Map<Long, Map<String, Object>> entries = new LinkedHashMap<>();
		suggested.stream().filter(hit -> hit.state() == FaqState.PUBLIC)
			.forEach(hit -> entries.put(hit.id(), entry(hit.id(), hit.question(), hit.answer())));
		for (FaqView entry : knowledgeBase.publicEntries()) {
			entries.putIfAbsent(entry.id(), entry(entry.id(), entry.question(), entry.answer()));
		}
		return List.copyOf(entries.values());
	}

	/** The active tickets the viewer may see to merge this one into, the same customer's first. */
	List<Map<String, Object>> mergeTargets(TicketView ticket, String viewer) {
		if (viewer == null) {
			return List.of();
		}
		List<TicketView> active = queries.active(viewer, MERGE_TARGETS).stream()
			.filter(t -> !t.number().equals(ticket.number()))
			.toList();
		Set<TicketView> ordered = new LinkedHashSet<>();
		active.stream().filter(t -> ticket.customer() != null && ticket.customer().equals(t.customer()))
			.forEach(ordered::add);
		ordered.addAll(active);
		return ordered.stream()
			.map(t -> Map.<String, Object>of("label", "Ticket#" + t.number() + " · " + t.title()
					+ Stream.ofNullable(t.customer()).map(c -> " · " + c).findFirst().orElse(""), "value", t.number()))
			.toList();
	}

	/** The beginning of an FAQ answer, enough to tell whether it fits. */
	static String preview(String answer) {
		return answer.length() > PREVIEW ? answer.substring(0, PREVIEW) + " …" : answer;
	}

	private static Map<String, Object> entry(long id, String question, String answer) {
		return Map.of("label", question + " (FAQ#" + id + ")", "value", String.valueOf(id), "preview",
				TicketSnapshots.literal(preview(answer)));
	}
}
