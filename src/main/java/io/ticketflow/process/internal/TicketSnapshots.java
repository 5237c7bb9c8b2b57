package io.ticketflow.process.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.ticket.ArticleView;
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
		TicketView ticket = queries.ticket(ticketId);
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("number", ticket.number());
		snapshot.put("title", literal(ticket.title()));
		snapshot.put("customer", literal(ticket.customer()));
		snapshot.put("state", ticket.state().code());
		snapshot.put("priority", ticket.priority());
		snapshot.put("queue", literal(ticket.queue()));
		snapshot.put("type", ticket.type().code());
		snapshot.put("owner", literal(ticket.owner()));
		snapshot.put("responsible", literal(ticket.responsible()));
		snapshot.put("answered", ticket.answered() ? "yes" : "no");
		List<ArticleView> articles = queries.articles(ticketId);
		snapshot.put("articles", articles.stream().map(TicketSnapshots::row).toList());
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

	private static Map<String, Object> row(ArticleView article) {
		String body = article.body().length() > BODY_PREVIEW ? article.body().substring(0, BODY_PREVIEW) + " …"
				: article.body();
		String kind = switch (article.senderType()) {
			case CUSTOMER -> "customer";
			case SYSTEM -> "system";
			case AGENT -> article.visibleForCustomer() ? "reply" : "internal note";
		};
		return Map.of("created", WHEN.format(article.created()), "from", String.valueOf(article.author()), "kind", kind,
				"text", body);
	}
}
