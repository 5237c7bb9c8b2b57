package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.ticket.internal.TicketRepository;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may change how the help desk treats a customer (their language, their mark as sensitive): administrators, and
 * those who answer customers in a queue one of the customer's tickets is in — not every agent every customer.
 */
@Component
public class CustomerCare {

	private final TicketRepository tickets;

	private final Rights rights;

	CustomerCare(TicketRepository tickets, Rights rights) {
		this.tickets = tickets;
		this.rights = rights;
	}

	/**
	 * @param whenTheyHaveNoTicket whether a customer without a ticket yet (one just registered, on the phone) is
	 * anyone's who opens tickets
	 */
	public void requireMayCareFor(String actor, Collection<Long> customerIds, boolean whenTheyHaveNoTicket) {
		if (rights.isAdmin(actor)) {
			return;
		}
		if (!rights.mayOpenTickets(actor)) {
			throw new ForbiddenException(actor + " does not answer customers");
		}
		Set<String> queues = customerIds.isEmpty() ? Set.of() : tickets.queueGroupsOfCustomers(customerIds);
		boolean allowed = queues.isEmpty() ? whenTheyHaveNoTicket && !customerIds.isEmpty()
				: queues.stream().anyMatch(group -> rights.mayWork(actor, group));
		if (!allowed) {
			throw new ForbiddenException(actor + " may change only the customers of tickets in the queues they work");
		}
	}
}
