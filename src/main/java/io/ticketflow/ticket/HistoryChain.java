package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.Attachment;
import io.ticketflow.ticket.internal.AttachmentRepository;
import io.ticketflow.ticket.internal.HistoryEntry;
import io.ticketflow.ticket.internal.HistoryRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that nobody changed a ticket's record behind the application's back. A ticket has two hash chains, each
 * with its head on the ticket: its history lines, and its articles (each article's hash covering its files). Two
 * chains rather than one, because each is then read in the order of its own table's ids, and an article is written
 * without reading anything but the ticket it belongs to.
 */
@Service
@Transactional(readOnly = true)
public class HistoryChain {

	private static final int PAGE = 200;

	private final TicketLedger ledger;

	private final TicketRepository tickets;

	private final HistoryRepository history;

	private final ArticleRepository articles;

	private final AttachmentRepository attachments;

	private final Rights rights;

	HistoryChain(TicketLedger ledger, TicketRepository tickets, HistoryRepository history, ArticleRepository articles,
			AttachmentRepository attachments, Rights rights) {
		this.ledger = ledger;
		this.tickets = tickets;
		this.history = history;
		this.articles = articles;
		this.attachments = attachments;
		this.rights = rights;
	}

	public ChainReport verify(String actor, String number) {
		rights.requireAdmin(actor);
		Ticket ticket = ledger.ticket(number);
		return new ChainReport(1, verify(ticket).stream().toList());
	}

	public ChainReport verifyAll(String actor) {
		rights.requireAdmin(actor);
		List<BrokenLink> broken = new ArrayList<>();
		long checked = 0;
		Page<Ticket> page = tickets.findAll(PageRequest.of(0, PAGE, Sort.by("id")));
		while (true) {
			page.forEach(t -> verify(t).ifPresent(broken::add));
			checked += page.getNumberOfElements();
			if (!page.hasNext()) {
				return new ChainReport(checked, broken);
			}
			page = tickets.findAll(page.nextPageable());
		}
	}

	/** The first broken link of one ticket's chains, history first, if any. */
	private Optional<BrokenLink> verify(Ticket ticket) {
		return verifyHistory(ticket).or(() -> verifyArticles(ticket));
	}

	private Optional<BrokenLink> verifyHistory(Ticket ticket) {
		String previous = null;
		for (HistoryEntry entry : history.findByTicketIdOrderByIdAsc(ticket.id())) {
			if (!Objects.equals(previous, entry.previousHash())) {
				return Optional.of(historyLink(ticket, entry, "does not follow the line before it"));
			}
			if (!entry.computeHash().equals(entry.hash())) {
				return Optional.of(historyLink(ticket, entry, "content was changed after it was written"));
			}
			previous = entry.hash();
		}
		if (!Objects.equals(previous, ticket.historyHead())) {
			return Optional.of(new BrokenLink(ticket.number(), null, null, "lines are missing at the end"));
		}
		return Optional.empty();
	}

	private Optional<BrokenLink> verifyArticles(Ticket ticket) {
		Map<Long, List<String>> files = attachments.findWithContentByTicketId(ticket.id()).stream()
			.collect(Collectors.groupingBy(Attachment::articleId,
					Collectors.mapping(Attachment::digest, Collectors.toList())));
		String previous = null;
		for (Article article : articles.findByTicketIdOrderByIdAsc(ticket.id())) {
			if (!Objects.equals(previous, article.previousHash())) {
				return Optional.of(articleLink(ticket, article, "does not follow the article before it"));
			}
			if (!article.computeHash(files.getOrDefault(article.id(), List.of())).equals(article.hash())) {
				return Optional.of(articleLink(ticket, article, "content or files were changed after it was written"));
			}
			previous = article.hash();
		}
		if (!Objects.equals(previous, ticket.articleHead())) {
			return Optional.of(new BrokenLink(ticket.number(), null, null, "articles are missing at the end"));
		}
		return Optional.empty();
	}

	private static BrokenLink historyLink(Ticket ticket, HistoryEntry entry, String reason) {
		return new BrokenLink(ticket.number(), entry.id(), null, reason);
	}

	private static BrokenLink articleLink(Ticket ticket, Article article, String reason) {
		return new BrokenLink(ticket.number(), null, article.id(), "article " + reason);
	}

	/** What a check found; nothing broken means the history is as it was written. */
	public record ChainReport(long tickets, List<BrokenLink> broken) {

		public boolean intact() {
			return broken.isEmpty();
		}
	}

	/**
	 * The first history line or article of a ticket that does not hold: its history entry id or its article id,
	 * neither when lines or articles are missing at the end.
	 */
	public record BrokenLink(String ticket, Long entryId, Long articleId, String reason) {
	}
}
