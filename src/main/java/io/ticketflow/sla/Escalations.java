package io.ticketflow.sla;

import io.ticketflow.sla.internal.Clocks;
import io.ticketflow.sla.internal.Deadline;
import io.ticketflow.sla.internal.EscalationNotice;
import io.ticketflow.sla.internal.EscalationNoticeRepository;
import io.ticketflow.sla.internal.ServiceLevel;
import io.ticketflow.sla.internal.TicketClock;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where tickets stand against their service levels: the moments ahead that the process's escalation timers wait
 * for, and the announcement of a deadline's warning and breach, once each, never while the ticket is pending. The
 * clocks themselves follow the tickets ({@link ClockEvents}).
 */
@Service
@Transactional
public class Escalations {

	private final Clocks clocks;

	private final EscalationNoticeRepository notices;

	private final TicketQueries tickets;

	private final TicketActions actions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Escalations(Clocks clocks, EscalationNoticeRepository notices, TicketQueries tickets, TicketActions actions,
			ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
		this.notices = notices;
		this.tickets = tickets;
		this.actions = actions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The moments still to be announced, earliest first: each running deadline's warning and breach that went out
	 * neither. Empty while the ticket is pending or has no service level.
	 */
	public List<Instant> moments(long ticketId) {
		TicketClock ticketClock = clocks.of(ticketId);
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
		TicketClock ticketClock = clocks.of(ticketId);
		return ticketClock.isPaused() ? Optional.empty()
				: ticketClock.deadlines().values().stream().filter(Deadline::isRunning).map(Deadline::dueAt)
					.min(Comparator.naturalOrder());
	}

	/**
	 * Announces each deadline whose warning or breach time has come and that was not announced yet: a history line
	 * and an {@link EscalationReached}. A breach makes its warning unnecessary. Nothing while the ticket is pending.
	 */
	public int escalate(long ticketId) {
		TicketClock ticketClock = clocks.of(ticketId);
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
		TicketClock ticketClock = clocks.of(ticketId);
		ServiceLevel level = clocks.levelOf(ticketClock);
		Instant now = clock.instant();
		List<TicketEscalation.DeadlineView> views = new ArrayList<>();
		ticketClock.deadlines().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
			.filter(e -> e.getValue().started() != null).forEach(e -> views.add(view(e.getKey(), e.getValue(), now)));
		return new TicketEscalation(level == null ? null : level.name(), ticketClock.isPaused(),
				nextDue(ticketId).orElse(null), views);
	}

	private static TicketEscalation.DeadlineView view(DeadlineKind kind, Deadline deadline, Instant now) {
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
}
