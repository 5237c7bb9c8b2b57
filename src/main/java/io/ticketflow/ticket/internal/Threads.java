package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketSettings;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Mail threading for what the help desk sends: a Message-ID of its own, In-Reply-To the customer's latest message,
 * References the ticket's conversation, so that mail clients keep the thread together.
 */
@Component
class Threads {

	private static final int MAX_REFERENCES = 10;

	private final ArticleRepository articles;

	private final TicketSettings settings;

	Threads(ArticleRepository articles, TicketSettings settings) {
		this.articles = articles;
		this.settings = settings;
	}

	ArticleDraft thread(Ticket ticket, ArticleDraft draft) {
		List<Article> conversation = articles.findByTicketIdOrderByIdAsc(ticket.id());
		String inReplyTo = conversation.stream().filter(a -> a.senderType() == SenderType.CUSTOMER)
			.map(Article::messageId).filter(Objects::nonNull).reduce((first, second) -> second).orElse(null);
		List<String> ids = conversation.stream().map(Article::messageId).filter(Objects::nonNull).toList();
		String references = ids.isEmpty() ? null
				: String.join(" ", ids.subList(Math.max(0, ids.size() - MAX_REFERENCES), ids.size()));
		String messageId = "<" + ticket.number() + "." + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
		return draft.threaded(messageId, inReplyTo, references);
	}
}
