package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.internal.TicketRepository;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as a reader may see them. Whether a customer exists is told only to those who may read them; the
 * others get the same refusal for a known and an unknown address.
 */
@Service
@Transactional(readOnly = true)
public class CustomerLookup {

	private final Customers customers;

	private final TicketRepository tickets;

	private final Rights rights;

	CustomerLookup(Customers customers, TicketRepository tickets, Rights rights) {
		this.customers = customers;
		this.tickets = tickets;
		this.rights = rights;
	}

	public CustomerView byEmail(String actor, String email) {
		Optional<CustomerView> customer = customers.byEmail(email);
		Set<String> queueGroups = customer.map(c -> tickets.queueGroupsOfCustomer(c.id())).orElse(Set.of());
		rights.requireMaySeeCustomer(actor, queueGroups);
		return customer.orElseThrow(() -> new NotFoundException("no customer " + email));
	}
}
