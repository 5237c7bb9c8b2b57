package io.ticketflow.process.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.Codes;
import io.ticketflow.ticket.Labels;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The read-only picture of a ticket that the task forms show: its properties, the conversation so far and the
 * queues to choose from, as JSON. Made from the database whenever a form asks, never stored.
 */
@Component
class TicketSnapshots {

	static final int BODY_PREVIEW = 2_000;

	static final int SUGGESTIONS = 3;

	/** How many of the newest articles the forms show. */
	static final int NEWEST = 10;

	/** Tasklist greys out the form of a task nobody claimed, and says nothing of why. */
	static final String CLAIM_FIRST = "> This task is not claimed yet: whoever works on the ticket claims it first "
			+ "(**Claim**, top right). Until then the form is read only.\n\n";

	/** What markdown lets a backslash escape: all of ASCII's punctuation. */
	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final TicketQueries queries;

	private final ObjectMapper json;

	private final KnowledgeBase knowledgeBase;

	TicketSnapshots(TicketQueries queries, ObjectMapper json, KnowledgeBase knowledgeBase) {
		this.queries = queries;
		this.json = json;
		this.knowledgeBase = knowledgeBase;
	}

	String of(long ticketId) {
		return of(ticketId, true);
	}

	/** The ticket for a task's form; an unclaimed task's form first says how to work on it. */
	String of(long ticketId, boolean claimed) {
		TicketView ticket = queries.ticket(ticketId);
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("number", ticket.number());
		List<ArticleView> articles = queries.articles(ticketId);
		snapshot.put("view", (claimed ? "" : CLAIM_FIRST) + view(ticket, articles));
		snapshot.put("faq", suggestions(ticket, articles));
		snapshot.put("queues", queries.queues().stream().map(q -> Map.of("label", q.name(), "value", q.name())).toList());
		return json(snapshot);
	}

	/** The FAQ entries that best answer what the customer wrote first. */
	private List<Map<String, Object>> suggestions(TicketView ticket, List<ArticleView> articles) {
		String asked = ticket.title() + " " + articles.stream().filter(a -> a.senderType() == SenderType.CUSTOMER)
			.map(ArticleView::body).findFirst().orElse("");
		return knowledgeBase.search(asked, false, SUGGESTIONS).stream()
			.map(hit -> Map.<String, Object>of("id", hit.id(), "question", hit.question(), "answer",
					hit.answer().length() > 300 ? hit.answer().substring(0, 300) + " …" : hit.answer()))
			.toList();
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
	 * The ticket as every form shows it, in one text field: header, properties and the newest articles, as markdown
	 * in which everything someone typed is {@link #literal}. The Ticket tab shows the whole of it.
	 */
	static String view(TicketView ticket, List<ArticleView> articles) {
		StringBuilder view = new StringBuilder();
		view.append("### Ticket#").append(ticket.number()).append(" · ").append(literal(ticket.title())).append("\n\n");
		view.append("**Customer** ").append(or(literal(ticket.customer()))).append(" · **State** ")
			.append(Labels.of(ticket.state())).append(" · **Priority** ").append(ticket.priority())
			.append(" · **Queue** ").append(or(literal(ticket.queue()))).append(" · **Type** ")
			.append(Codes.label(ticket.type())).append(" · **Owner** ").append(or(literal(ticket.owner())))
			.append(" · **Responsible** ").append(or(literal(ticket.responsible()))).append(" · **Answered** ")
			.append(ticket.answered() ? "yes" : "no").append("\n\n");
		List<ArticleView> newest = articles.subList(Math.max(0, articles.size() - NEWEST), articles.size());
		view.append("#### Conversation, the newest ").append(newest.size()).append(" of ").append(articles.size())
			.append(" articles (all of it in the Ticket tab)\n\n");
		newest.forEach(article -> article(view, article));
		return view.toString();
	}

	private static void article(StringBuilder view, ArticleView article) {
		String body = article.body().length() > BODY_PREVIEW ? article.body().substring(0, BODY_PREVIEW) + " …"
				: article.body();
		view.append("**").append(article.kind().label()).append("** · ").append(or(literal(article.author())))
			.append(" · ").append(WHEN.format(article.created())).append("\n\n");
		body.lines().forEach(line -> view.append("> ").append(literal(line)).append('\n'));
		view.append('\n');
	}

	private static String or(String value) {
		return value == null || value.isBlank() ? "–" : value;
	}
}
