package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketLink;
import io.ticketflow.ticket.internal.TicketLinkRepository;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets that belong together: linked as related, or as parent and child (no ticket is its own ancestor), and a
 * ticket split off from an article of another. Whoever links works both tickets; both histories say so.
 */
@Service
@Transactional
public class TicketLinks {

	private final TicketLedger ledger;

	private final TicketLinkRepository links;

	private final QueueRepository queues;

	private final TicketOpening opening;

	private final Rights rights;

	TicketLinks(TicketLedger ledger, TicketLinkRepository links, QueueRepository queues,
			TicketOpening opening, Rights rights) {
		this.ledger = ledger;
		this.links = links;
		this.queues = queues;
		this.opening = opening;
		this.rights = rights;
	}

	/** Links the ticket and another one, given what the other one is to it. */
	public LinkView link(String actor, String number, String otherNumber, LinkKind kind) {
		// linking and splitting reshape the queues' work: for those who take tickets, not for those consulted
		rights.requireMayOpen(actor);
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(actor, ledger.queueGroup(ticket));
		Ticket other = other(otherNumber);
		rights.requireMaySee(actor, ledger.queueGroup(other));
		if (!other.id().equals(ticket.id()) && links.linked(ticket.id(), other.id())) {
			throw new ActionNotAllowedException("tickets " + number + " and " + other.number() + " are linked already");
		}
		if (kind != LinkKind.RELATED) {
			long parent = kind == LinkKind.PARENT ? other.id() : ticket.id();
			long child = kind == LinkKind.PARENT ? ticket.id() : other.id();
			if (ancestors(parent).contains(child)) {
				throw new InvalidInputException("kind", "ticket " + ledger.ticket(child).number()
						+ " is an ancestor of " + ledger.ticket(parent).number() + ": parents would go round in a circle");
			}
		}
		ticket.link(other, ledger.queue(other.queueId()), kind, ledger.act(ticket, actor));
		ledger.save(ticket);
		ledger.save(other);
		TicketLink link = links.save(new TicketLink(ticket.id(), other.id(), kind, actor, ledger.now()));
		return view(ticket.id(), link, other);
	}

	/** The tickets linked to this one that the reader may see, each with what it is to this one. */
	@Transactional(readOnly = true)
	public List<LinkView> of(String reader, String number) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(reader, ledger.queueGroup(ticket));
		List<LinkView> seen = new ArrayList<>();
		for (TicketLink link : links.of(ticket.id())) {
			Ticket other = ledger.ticket(link.otherThan(ticket.id()));
			if (rights.maySee(reader, ledger.queueGroup(other))) {
				seen.add(view(ticket.id(), link, other));
			}
		}
		return seen;
	}

	/**
	 * One article of a ticket becomes a ticket of its own: the same customer, the chosen queue, the article's words
	 * as its first article; the article stays where it was, and the two tickets are related.
	 */
	public TicketView split(String actor, String number, long articleId, String queueName, String title) {
		rights.requireMayOpen(actor);
		Ticket original = ledger.ticket(number);
		rights.requireMaySee(actor, ledger.queueGroup(original));
		Article article = ledger.article(original, articleId);
		Queue queue = queues.findByName(queueName)
			.orElseThrow(() -> new InvalidInputException("queue", "unknown queue " + queueName));
		String newTitle = title != null && !title.isBlank() ? title.strip()
				: article.subject() != null && !article.subject().isBlank() ? article.subject() : original.title();
		ArticleDraft first = ArticleDraft.fromCustomer(article.channel(), ledger.customerEmail(original), newTitle,
				article.body()).enteredBy(actor);
		// the one who splits works the original ticket and opens tickets for customers
		ledger.act(original, actor).requireMayWork();
		TicketView split = opening.open(original.customerId(), newTitle, queue, first, actor);
		original.splitOff(articleId, split.number(), ledger.act(original, actor));
		ledger.save(original);
		link(actor, split.number(), number, LinkKind.RELATED);
		return split;
	}

	private Ticket other(String number) {
		try {
			return ledger.ticket(number);
		}
		catch (NotFoundException | InvalidInputException unknown) {
			throw new InvalidInputException("ticket", "no ticket " + number + " to link");
		}
	}

	private Set<Long> ancestors(long ticketId) {
		Set<Long> seen = new HashSet<>();
		Deque<Long> next = new ArrayDeque<>(List.of(ticketId));
		while (!next.isEmpty()) {
			long current = next.pop();
			if (seen.add(current)) {
				next.addAll(links.parentsOf(current));
			}
		}
		return seen;
	}

	private static LinkView view(long ticketId, TicketLink link, Ticket other) {
		return new LinkView(other.number(), other.title(), other.state(), link.seenFrom(ticketId), link.createdBy(),
				link.createdAt());
	}
}
