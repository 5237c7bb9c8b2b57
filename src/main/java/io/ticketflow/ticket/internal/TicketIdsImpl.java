package io.ticketflow.ticket.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
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
		query.select(ticket.get("id")).orderBy(QueryUtils.toOrders(order, ticket, builder));
		// no criteria at all (every ticket, for an administrator) is no predicate
		Predicate restriction = matching.toPredicate(ticket, query, builder);
		if (restriction != null) {
			query.where(restriction);
		}
		return entities.createQuery(query).getResultList();
	}
}
