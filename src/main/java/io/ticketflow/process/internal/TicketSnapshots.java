package io.ticketflow.process.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.rights.Actors;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.Texts;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.Codes;
import io.ticketflow.ticket.Labels;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The read-only picture of a ticket that the task forms show: its properties, the FAQ entries that may answer it
 * and the valid values of the forms' pickers, as JSON. Made from the database whenever a form asks, never stored.
 */
@Component
class TicketSnapshots {

	static final int SUGGESTIONS = 3;

	/**
	 * The header's words, one file per language (texts/forms.properties, forms_ru.properties): among them where the
	 * form sends the agent to read what was written ({@code readInTheTicketTab}), and why Tasklist greys out the form
	 * of a task nobody claimed, which it does without a word ({@code claimFirst}).
	 */
	static final String TEXTS = "texts/forms";

	/** What markdown lets a backslash escape: all of ASCII's punctuation. */
	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private final TicketQueries queries;

	private final ObjectMapper json;

	private final KnowledgeBase knowledgeBase;

	private final FormChoices choices;

	TicketSnapshots(TicketQueries queries, ObjectMapper json, KnowledgeBase knowledgeBase, FormChoices choices) {
		this.queries = queries;
		this.choices = choices;
		this.json = json;
		this.knowledgeBase = knowledgeBase;
	}

	String of(long ticketId) {
		return of(ticketId, true, Actors.SYSTEM, Actors.SYSTEM);
	}

	String of(long ticketId, boolean claimed, String assignee, String viewer) {
		return of(ticketId, claimed, assignee, viewer, Language.DEFAULT);
	}

	/**
	 * The ticket for a task's form, with the valid values of its pickers. The person who works the task (whoever
	 * claimed it, or whoever looks at it before claiming it) is not offered as their own consultant; the tickets
	 * offered to merge into are those the viewer, the signed-in person who reads the form, may see (none when
	 * unknown). An unclaimed task's form first says how to work on it. The header is in the viewer's language.
	 */
	String of(long ticketId, boolean claimed, String assignee, String viewer, Language language) {
		TicketView ticket = queries.ticket(ticketId);
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("number", ticket.number());
		List<ArticleView> articles = queries.articles(ticketId);
		ResourceBundle words = Texts.of(TEXTS, language);
		snapshot.put("view", (claimed ? "" : words.getString("claimFirst") + "\n\n")
				+ view(ticket, articles, words, Labels.in(language)));
		List<FaqHit> suggested = suggestions(ticket, articles);
		snapshot.put("faq", suggested.stream()
			.map(hit -> Map.<String, Object>of("id", hit.id(), "question", hit.question(), "answer",
					FormChoices.preview(hit.answer())))
			.toList());
		List<QueueView> queues = queries.queues();
		snapshot.put("queue", ticket.queue());
		snapshot.put("queues", queues.stream().map(q -> Map.of("label", q.name(), "value", q.name())).toList());
		List<Map<String, Object>> agents = choices.agents(queues);
		snapshot.put("agents", agents);
		snapshot.put("consultants", FormChoices.consultants(agents, ticket, assignee));
		snapshot.put("faqEntries", choices.faqEntries(suggested));
		snapshot.put("mergeTargets", choices.mergeTargets(ticket, viewer));
		return json(snapshot);
	}

	/** The FAQ entries that best answer what the customer wrote first. */
	private List<FaqHit> suggestions(TicketView ticket, List<ArticleView> articles) {
		String asked = ticket.title() + " " + articles.stream().filter(a -> a.senderType() == SenderType.CUSTOMER)
			.map(ArticleView::body).findFirst().orElse("");
		return knowledgeBase.search(asked, false, SUGGESTIONS);
	}

	/**
	 * Text someone typed (a mail's subject, say), for the forms' markdown headers: every ASCII punctuation character
	 * is escaped and line breaks become blanks, so a link, an image, HTML or a heading shows as the characters it
	 * was written with, and no bare address becomes a link.
	 */
	static String literal(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (c == '\r' || c == '\n') {
				escaped.append(' ');
				return;
			}
			if (c < 128 && PUNCTUATION.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.appendCodePoint(c);
		});
		return escaped.toString();
	}

	private String json(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write a form variable as JSON", ex);
		}
	}

	/**
	 * The ticket as every form shows it, in one text field: header and properties, as markdown in which everything
	 * someone typed is {@link #literal}. The conversation is read in one place, the Ticket tab; the form decides.
	 */
	static String view(TicketView ticket, List<ArticleView> articles, ResourceBundle words, Labels labels) {
		StringBuilder view = new StringBuilder();
		view.append("### Ticket#").append(ticket.number()).append(" · ").append(literal(ticket.title())).append("\n\n");
		view.append(field(words, "customer")).append(or(literal(ticket.customer())))
			.append(" · ").append(field(words, "state")).append(labels.states().get(Codes.code(ticket.state())))
			.append(" · ").append(field(words, "priority")).append(ticket.priority())
			.append(" · ").append(field(words, "queue")).append(or(literal(ticket.queue())))
			.append(" · ").append(field(words, "type")).append(labels.ticketTypes().get(Codes.code(ticket.type())))
			.append(" · ").append(field(words, "owner")).append(or(literal(ticket.owner())))
			.append(" · ").append(field(words, "responsible")).append(or(literal(ticket.responsible())))
			.append(" · ").append(field(words, "answered")).append(words.getString(ticket.answered() ? "yes" : "no"))
			.append("\n\n");
		view.append(words.getString("readInTheTicketTab").formatted(articles.size())).append("\n\n");
		return view.toString();
	}

	private static String field(ResourceBundle words, String name) {
		return "**" + words.getString(name) + "** ";
	}

	private static String or(String value) {
		return value == null || value.isBlank() ? "–" : value;
	}
}
