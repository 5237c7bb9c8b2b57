package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.internal.HistoryEntry;
import io.ticketflow.ticket.internal.HistoryRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks that nobody changed a ticket's history behind the application's back: the chain of hashes must hold. */
@Service
@Transactional(readOnly = true)
public class HistoryChain {

	private static final int PAGE = 200;

	private final TicketLedger ledger;

	private final TicketRepository tickets;

	private final HistoryRepository history;

	private final Rights rights;

	HistoryChain(TicketLedger ledger, TicketRepository tickets, HistoryRepository history, Rights rights) {
		this.ledger = ledger;
		this.tickets = tickets;
		this.history = history;
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

	/** The first broken link of one ticket's chain, if any. */
	private Optional<BrokenLink> verify(Ticket ticket) {
		String previous = null;
		for (HistoryEntry entry : history.findByTicketIdOrderByIdAsc(ticket.id())) {
			if (!Objects.equals(previous, entry.previousHash())) {
				return Optional.of(new BrokenLink(ticket.number(), entry.id(), "does not follow the line before it"));
			}
			if (!entry.computeHash().equals(entry.hash())) {
				return Optional.of(new BrokenLink(ticket.number(), entry.id(), "content was changed after it was written"));
			}
			previous = entry.hash();
		}
		if (!Objects.equals(previous, ticket.historyHead())) {
			return Optional.of(new BrokenLink(ticket.number(), null, "lines are missing at the end"));
		}
		return Optional.empty();
	}

	/** What a check found; nothing broken means the history is as it was written. */
	public record ChainReport(long tickets, List<BrokenLink> broken) {

		public boolean intact() {
			return broken.isEmpty();
		}
	}

	/** The first line of a ticket's history that does not hold; no entry id when lines are missing at the end. */
	public record BrokenLink(String ticket, Long entryId, String reason) {
	}
}
