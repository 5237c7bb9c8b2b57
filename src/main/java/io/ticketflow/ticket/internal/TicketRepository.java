package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.TicketState;
import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket>,
		TicketIds {

	@Query("select t from Ticket t where t.number = :number")
	Optional<Ticket> findByNumber(String number);

	@Query("select distinct q.groupId from Ticket t, Queue q where q.id = t.queueId and t.customerId = :customerId")
	Set<String> queueGroupsOfCustomer(long customerId);

	@Query("select distinct q.groupId from Ticket t, Queue q where q.id = t.queueId and t.customerId in :customerIds")
	Set<String> queueGroupsOfCustomers(java.util.Collection<Long> customerIds);

	@Query("select t.id from Ticket t where t.customerId in :customerIds and t.state in :states")
	List<Long> idsOfCustomers(java.util.Collection<Long> customerIds, java.util.Collection<TicketState> states);

	/** The tickets merged into one of these. */
	@Query("select t.id from Ticket t where t.mergedInto in :ids")
	List<Long> mergedInto(java.util.Collection<Long> ids);
}
