package io.ticketflow.sla;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.sla.internal.Choices;
import io.ticketflow.sla.internal.Choices.Choice;
import io.ticketflow.sla.internal.Deadline;
import io.ticketflow.sla.internal.EscalationNotice;
import io.ticketflow.sla.internal.EscalationNoticeRepository;
import io.ticketflow.sla.internal.ServiceLevel;
import io.ticketflow.sla.internal.TicketClock;
import io.ticketflow.sla.internal.TicketClockRepository;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketChanged;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketStateChanged;
import io.ticketflow.ticket.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's service-level clock. It starts when the ticket opens, follows what happens to it (answers, the
 * customer's messages, pending, closing, a new queue or customer) in the same transaction, and announces a
 * deadline's warning and breach once each, never while the ticket is pending. When the deadlines move it says so,
 * and the process moves its escalation timers.
 */
@Service
@Transactional
public class Escalations {

	private final TicketClockRepository clocks;

	private final EscalationNoticeRepository notices;

	private final Choices choices;

	private final TicketQueries tickets;

	private final TicketActions actions;

	private final Customers customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Escalations(TicketClockRepository clocks, EscalationNoticeRepository notices, Choices choices,
			TicketQueries tickets, TicketActions actions, Customers customers, ApplicationEventPublisher events,
			Clock clock) {
		this.clocks = clocks;
		this.notices = notices;
		this.choices = choices;
		this.tickets = tickets;
		this.actions = actions;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(TicketOpened opened) {
		clock(opened.ticketId());
	}

	/** A new queue or customer may bring another service level; the history says which. */
	@EventListener
	void on(TicketChanged changed) {
		TicketClock ticketClock = clock(changed.ticketId());
		TicketView ticket = tickets.ticket(changed.ticketId());
		Choice choice = choice(ticket);
		if (ticket.state().isActive() && !choice.key().equals(ticketClock.chosenFor())) {
			moved(choose(ticketClock, ticket, choice, ticketClock.firstResponded(),
					ticketClock.customerWaitingSince()));
		}
	}

	@EventListener
	void on(TicketAnswerChanged change) {
		TicketClock ticketClock = clock(change.ticketId());
		if (change.answered()) {
			ticketClock.answered(clock.instant());
		}
		else {
			ServiceLevel level = choices.level(ticketClock.serviceLevelId());
			ticketClock.customerWrote(level, clock.instant(), choices.calendar(level));
		}
		moved(ticketClock);
	}

	@EventListener
	void on(TicketStateChanged changed) {
		TicketClock ticketClock = clock(changed.ticketId());
		Instant now = clock.instant();
		if (!changed.to().isActive()) {
			ticketClock.solved(now);
		}
		else if (changed.to().isPending()) {
			ticketClock.pause(now);
		}
		else {
			ticketClock.resume(now, choices.calendar(choices.level(ticketClock.serviceLevelId())));
		}
		moved(ticketClock);
	}

	/**
	 * The moments still to be announced, earliest first: each running deadline's warning and breach that went out
	 * neither. Empty while the ticket is pending or has no service level.
	 */
	public List<Instant> moments(long ticketId) {
		TicketClock ticketClock = clock(ticketId);
		List<Instant> moments = new ArrayList<>();
		if (!ticketClock.isPaused()) {
			ticketClock.deadlines().forEach((kind, deadline) -> {
				if (deadline.isRunning()) {
					if (!announced(ticketId, kind, EscalationLevel.BREACH, deadline)) {
						moments.add(deadline.dueAt());
						if (!announced(ticketId, kind, EscalationLevel.WARNING, deadline)) {
							moments.add(deadline.warnAt());
						}
					}
				}
			});
		}
		return moments.stream().distinct().sorted().toList();
	}

	/** When the next running deadline is due; empty while paused or when none runs. */
	public Optional<Instant> nextDue(long ticketId) {
		TicketClock ticketClock = clock(ticketId);
		return ticketClock.isPaused() ? Optional.empty()
				: ticketClock.deadlines().values().stream().filter(Deadline::isRunning).map(Deadline::dueAt)
					.min(Comparator.naturalOrder());
	}

	/**
	 * Announces each deadline whose warning or breach time has come and that was not announced yet: a history line
	 * and an {@link EscalationReached}. A breach makes its warning unnecessary. Nothing while the ticket is pending.
	 */
	public int escalate(long ticketId) {
		TicketClock ticketClock = clock(ticketId);
		if (ticketClock.isPaused()) {
			return 0;
		}
		Instant now = clock.instant();
		int announced = 0;
		for (DeadlineKind kind : DeadlineKind.values()) {
			Deadline deadline = ticketClock.deadline(kind);
			if (deadline.isRunning() && !deadline.dueAt().isAfter(now)) {
				announced += announce(ticketId, kind, EscalationLevel.BREACH, deadline, now);
			}
			else if (deadline.isRunning() && !deadline.warnAt().isAfter(now)
					&& !announced(ticketId, kind, EscalationLevel.BREACH, deadline)) {
				announced += announce(ticketId, kind, EscalationLevel.WARNING, deadline, now);
			}
		}
		return announced;
	}

	/** Where the ticket stands against its service level. */
	public TicketEscalation of(long ticketId) {
		TicketClock ticketClock = clock(ticketId);
		ServiceLevel level = choices.level(ticketClock.serviceLevelId());
		Instant now = clock.instant();
		List<TicketEscalation.DeadlineView> views = new ArrayList<>();
		ticketClock.deadlines().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
			.filter(e -> e.getValue().started() != null).forEach(e -> views.add(view(e.getKey(), e.getValue(), now,
					ticketClock.isPaused())));
		return new TicketEscalation(level == null ? null : level.name(), ticketClock.isPaused(),
				nextDue(ticketId).orElse(null), views);
	}

	private static TicketEscalation.DeadlineView view(DeadlineKind kind, Deadline deadline, Instant now,
			boolean paused) {
		Instant until = deadline.metAt() != null ? deadline.metAt() : now;
		Long left = deadline.isRunning() ? Duration.between(now, deadline.dueAt()).toSeconds() : null;
		return new TicketEscalation.DeadlineView(kind, deadline.started(), deadline.warnAt(), deadline.dueAt(),
				deadline.metAt(), left, until.isAfter(deadline.dueAt()));
	}

	private int announce(long ticketId, DeadlineKind kind, EscalationLevel level, Deadline deadline, Instant now) {
		if (announced(ticketId, kind, level, deadline)) {
			return 0;
		}
		notices.saveAndFlush(new EscalationNotice(ticketId, kind, level, deadline.started(), now));
		String what = EscalationTexts.of(kind) + (level == EscalationLevel.BREACH ? " overdue since " : " due at ")
				+ EscalationTexts.moment(deadline.dueAt());
		actions.serviceLevelNoted(ticketId,
				level == EscalationLevel.BREACH ? HistoryType.ESCALATED : HistoryType.ESCALATION_WARNING, what);
		events.publishEvent(new EscalationReached(ticketId, tickets.ticket(ticketId).number(), kind, level,
				deadline.dueAt()));
		return 1;
	}

	private boolean announced(long ticketId, DeadlineKind kind, EscalationLevel level, Deadline deadline) {
		return notices.existsByTicketIdAndDeadlineAndLevelAndStarted(ticketId, kind, level, deadline.started());
	}

	/** The ticket's clock; a ticket opened before service levels existed gets one when first asked. */
	private TicketClock clock(long ticketId) {
		return clocks.findById(ticketId).orElseGet(() -> {
			TicketView ticket = tickets.ticket(ticketId);
			TicketClock created = new TicketClock(ticketId);
			if (ticket.state().isPending()) {
				created.pause(clock.instant());
			}
			return choose(created, ticket, choice(ticket), false, null);
		});
	}

	/**
	 * Chooses the service level and saves the clock before the history says so: writing the line is a change of
	 * the ticket, which this class hears of again and must then find the choice made.
	 */
	private TicketClock choose(TicketClock ticketClock, TicketView ticket, Choice choice, boolean firstResponded,
			Instant waitingSince) {
		Long before = ticketClock.serviceLevelId();
		ticketClock.choose(choice.level(), choice.key(), ticket.queue(), choices.calendar(choice.level()), ticket.created(),
				firstResponded, waitingSince);
		TicketClock saved = clocks.saveAndFlush(ticketClock);
		if (!Objects.equals(before, saved.serviceLevelId())) {
			actions.serviceLevelNoted(saved.ticketId(), HistoryType.SERVICE_LEVEL_SET,
					choice.level() == null ? "no service level" : choice.level().name() + " (of the " + choice.by() + ")");
		}
		return saved;
	}

	private Choice choice(TicketView ticket) {
		Optional<CustomerView> customer = Optional.ofNullable(ticket.customer()).flatMap(customers::byEmail);
		return choices.choose(ticket.queue(), customer.map(CustomerView::company).orElse(null),
				customer.map(CustomerView::email).orElse(null),
				customer.map(c -> customers.isSensitive(c.id())).orElse(false));
	}

	/** Announces what became due by the change, then lets the process move its timers. */
	private void moved(TicketClock ticketClock) {
		clocks.save(ticketClock);
		escalate(ticketClock.ticketId());
		events.publishEvent(new DeadlinesMoved(ticketClock.ticketId(), tickets.ticket(ticketClock.ticketId()).number()));
	}
}
