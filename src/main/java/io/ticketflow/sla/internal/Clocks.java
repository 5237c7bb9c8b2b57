package io.ticketflow.sla.internal;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.sla.BusinessCalendar;
import io.ticketflow.sla.internal.Choices.Choice;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketActions;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The tickets' service-level clocks: found, or made for a ticket that has none, and their service level chosen. */
@Component
public class Clocks {

	private final TicketClockRepository clocks;

	private final Choices choices;

	private final TicketQueries tickets;

	private final TicketActions actions;

	private final Customers customers;

	private final Clock clock;

	Clocks(TicketClockRepository clocks, Choices choices, TicketQueries tickets, TicketActions actions,
			Customers customers, Clock clock) {
		this.clocks = clocks;
		this.choices = choices;
		this.tickets = tickets;
		this.actions = actions;
		this.customers = customers;
		this.clock = clock;
	}

	/** The ticket's clock; a ticket opened before service levels existed gets one when first asked. */
	public TicketClock of(long ticketId) {
		return clocks.findById(ticketId).orElseGet(() -> {
			TicketView ticket = tickets.ticket(ticketId);
			TicketClock created = new TicketClock(ticketId);
			if (ticket.state().isPending()) {
				created.pause(clock.instant());
			}
			return choose(created, ticket, choiceFor(ticket), false, null);
		});
	}

	/**
	 * The service level the ticket would have now; when it differs from the one its clock was set by (a new queue,
	 * customer or mark), the clock is set again from it, and the history says so. Returns whether it was.
	 */
	public boolean chooseAgain(TicketClock ticketClock) {
		TicketView ticket = tickets.ticket(ticketClock.ticketId());
		// every change of every ticket comes here: the assignments are read only when what they depend on changed
		Subject subject = subjectOf(ticket);
		if (!ticket.state().isActive() || subject.key().equals(ticketClock.chosenFor())) {
			return false;
		}
		choose(ticketClock, ticket, subject.choose(choices), ticketClock.firstResponded(),
				ticketClock.customerWaitingSince());
		return true;
	}

	public ServiceLevel levelOf(TicketClock ticketClock) {
		return choices.level(ticketClock.serviceLevelId());
	}

	public BusinessCalendar calendarOf(TicketClock ticketClock) {
		return choices.calendar(levelOf(ticketClock));
	}

	public TicketClock save(TicketClock ticketClock) {
		return clocks.save(ticketClock);
	}

	/**
	 * Chooses the service level and saves the clock before the history says so: writing the line is a change of
	 * the ticket, which the clock hears of again and must then find the choice made.
	 */
	private TicketClock choose(TicketClock ticketClock, TicketView ticket, Choice choice, boolean firstResponded,
			Instant waitingSince) {
		Long before = ticketClock.serviceLevelId();
		ticketClock.choose(choice.level(), choice.key(), ticket.queue(), choices.calendar(choice.level()),
				ticket.created(), firstResponded, waitingSince);
		TicketClock saved = clocks.saveAndFlush(ticketClock);
		if (!Objects.equals(before, saved.serviceLevelId())) {
			actions.serviceLevelNoted(saved.ticketId(), HistoryType.SERVICE_LEVEL_SET,
					choice.level() == null ? "no service level" : choice.level().name() + " (of the " + choice.by() + ")");
		}
		return saved;
	}

	private Choice choiceFor(TicketView ticket) {
		return subjectOf(ticket).choose(choices);
	}

	private Subject subjectOf(TicketView ticket) {
		Optional<CustomerView> customer = Optional.ofNullable(ticket.customer()).flatMap(customers::byEmail);
		return new Subject(ticket.queue(), customer.map(CustomerView::company).orElse(null),
				customer.map(CustomerView::email).orElse(null),
				customer.map(c -> customers.isSensitive(c.id())).orElse(false));
	}

	/** What a ticket's service level is chosen by. */
	private record Subject(String queue, String company, String customer, boolean sensitive) {

		String key() {
			return Choices.key(queue, company, customer, sensitive);
		}

		Choice choose(Choices choices) {
			return choices.choose(queue, company, customer, sensitive);
		}
	}
}
