package io.ticketflow.ticket.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/** {@link TicketIds} of {@link TicketRepository}, in JPA's criteria. */
class TicketIdsImpl implements TicketIds {

	private final EntityManager entities;

	TicketIdsImpl(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public List<Long> idsOf(Specification<Ticket> matching, Sort order) {
		CriteriaBuilder builder = entities.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Ticket> ticket = query.from(Ticket.class);
		query.select(ticket.get("id")).where(matching.toPredicate(ticket, query, builder))
			.orderBy(QueryUtils.toOrders(order, ticket, builder));
		return entities.createQuery(query).getResultList();
	}
}
