package io.ticketflow.sla;

import io.ticketflow.sla.internal.Clocks;
import io.ticketflow.sla.internal.TicketClock;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketChanged;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketStateChanged;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock follows what happens to its ticket, in the same transaction: it starts when the ticket opens, an answer
 * meets its deadlines, the customer's message starts the update time, pending stops it and what follows resumes it,
 * closing solves it, a new queue or customer may bring another service level. What became due meanwhile is announced,
 * and the process hears that the deadlines moved.
 */
@Component
@Transactional
class ClockEvents {

	private final Clocks clocks;

	private final Escalations escalations;

	private final TicketQueries tickets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClockEvents(Clocks clocks, Escalations escalations, TicketQueries tickets, ApplicationEventPublisher events,
			Clock clock) {
		this.clocks = clocks;
		this.escalations = escalations;
		this.tickets = tickets;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(TicketOpened opened) {
		clocks.of(opened.ticketId());
	}

	@EventListener
	void on(TicketChanged changed) {
		TicketClock ticketClock = clocks.of(changed.ticketId());
		if (clocks.chooseAgain(ticketClock)) {
			moved(ticketClock, true);
		}
	}

	@EventListener
	void on(TicketAnswerChanged change) {
		TicketClock ticketClock = clocks.of(change.ticketId());
		if (change.answered()) {
			ticketClock.answered(clock.instant());
		}
		else {
			ticketClock.customerWrote(clocks.levelOf(ticketClock), clock.instant(), clocks.calendarOf(ticketClock));
		}
		moved(ticketClock, false);
	}

	@EventListener
	void on(TicketStateChanged changed) {
		TicketClock ticketClock = clocks.of(changed.ticketId());
		Instant now = clock.instant();
		if (!changed.to().isActive()) {
			ticketClock.solved(now);
		}
		else if (changed.to().isPending()) {
			ticketClock.pause(now);
		}
		else {
			ticketClock.resume(now, clocks.calendarOf(ticketClock));
		}
		moved(ticketClock, false);
	}

	/**
	 * Announces what became due by the change, then lets the process move its timers. A ticket under no service level
	 * has no deadlines to move, unless it just lost its level: its answers and states cost the engine nothing.
	 */
	private void moved(TicketClock ticketClock, boolean chosenAgain) {
		clocks.save(ticketClock);
		if (ticketClock.serviceLevelId() == null && !chosenAgain) {
			return;
		}
		escalations.escalate(ticketClock.ticketId());
		events.publishEvent(new DeadlinesMoved(ticketClock.ticketId(), tickets.ticket(ticketClock.ticketId()).number()));
	}
}
