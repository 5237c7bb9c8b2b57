package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the help desk treats a customer: the language it writes to them in, and the seed's explosive customer — quick
 * to take offence, so marked sensitive, a customer or a whole company.
 * Administrators may mark anyone, agents the customers of tickets in the queues they work. Each open ticket of theirs
 * says who did it in its history and is raised to priority 4; the ticket's rules do the rest (review, responsible).
 */
@Service
@Transactional
public class SensitiveCustomers {

	private final Customers customers;

	private final TicketRepository tickets;

	private final TicketLedger ledger;

	private final CustomerCare care;

	SensitiveCustomers(Customers customers, TicketRepository tickets, TicketLedger ledger, CustomerCare care) {
		this.customers = customers;
		this.tickets = tickets;
		this.ledger = ledger;
		this.care = care;
	}

	/**
	 * Sets the language the help desk writes to a customer in: for those who care for them (a customer without a
	 * ticket yet is anyone's who opens tickets).
	 */
	public CustomerView changeLanguage(String actor, String email, Language language) {
		long id = customers.idOf(email).orElseThrow(() -> new NotFoundException("no customer " + email));
		care.requireMayCareFor(actor, List.of(id), true);
		return customers.changeLanguage(actor, email, language);
	}

	/** Marks the customer or takes the mark away; returns how many open tickets of theirs changed with it. */
	public int markCustomer(String actor, String email, boolean sensitive) {
		long id = customers.idOf(email).orElseThrow(() -> new InvalidInputException("email", "unknown customer " + email));
		requireMayMark(actor, List.of(id));
		return customers.markSensitive(email, sensitive) ? recordOnTickets(actor, List.of(id), sensitive) : 0;
	}

	/** Marks every customer of the company at once; returns how many open tickets changed with it. */
	public int markCompany(String actor, String company, boolean sensitive) {
		String name = customers.companyNamed(company)
			.orElseThrow(() -> new InvalidInputException("company", "unknown company " + company));
		List<Long> ids = customers.idsOfCompany(name);
		requireMayMark(actor, ids);
		return customers.markCompanySensitive(name, sensitive) ? recordOnTickets(actor, ids, sensitive) : 0;
	}

	private void requireMayMark(String actor, Collection<Long> customerIds) {
		care.requireMayCareFor(actor, customerIds, false);
	}

	private int recordOnTickets(String actor, Collection<Long> customerIds, boolean sensitive) {
		List<Long> open = customerIds.isEmpty() ? List.of()
				: tickets.idsOfCustomers(customerIds, TicketState.activeStates());
		open.forEach(id -> ledger.change(id, actor, (ticket, act) -> ticket.customerSensitivityChanged(sensitive, act)));
		return open.size();
	}
}
