package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketWatcher;
import io.ticketflow.ticket.internal.TicketWatcherRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents who watch a ticket: they hear of every message of its customer and every change of its state, whoever works
 * it. Whoever works the ticket's queue may watch it; the history keeps each start and stop.
 */
@Service
@Transactional
public class TicketWatchers {

	private final TicketLedger ledger;

	private final TicketWatcherRepository watchers;

	private final Rights rights;

	TicketWatchers(TicketLedger ledger, TicketWatcherRepository watchers, Rights rights) {
		this.ledger = ledger;
		this.watchers = watchers;
		this.rights = rights;
	}

	/** The actor starts or stops watching; returns who watches now. */
	public List<String> watch(String actor, String number, boolean on) {
		Ticket ticket = ledger.ticket(number);
		Optional<TicketWatcher> known = watchers.find(ticket.id(), actor);
		if (known.map(TicketWatcher::watching).orElse(false) == on) {
			// nothing to switch; still refused to those who may not watch
			ledger.act(ticket, actor).requireMayWork();
			return watchers.watching(ticket.id());
		}
		ledger.change(ticket, actor, (t, act) -> t.watch(on, act));
		TicketWatcher watcher = known.orElseGet(() -> new TicketWatcher(ticket.id(), actor));
		watcher.switchTo(on, ledger.now());
		watchers.saveAndFlush(watcher);
		return watchers.watching(ticket.id());
	}

	/** Who watches the ticket, for those who see it. */
	@Transactional(readOnly = true)
	public List<String> of(String reader, String number) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(reader, ledger.queueGroup(ticket));
		return watchers.watching(ticket.id());
	}

	/** Who watches the ticket, to tell them what happened to it. */
	@Transactional(readOnly = true)
	public List<String> of(long ticketId) {
		return watchers.watching(ticketId);
	}
}
