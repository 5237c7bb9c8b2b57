package io.ticketflow.ticket.internal;

import io.ticketflow.rights.Rights;
import org.springframework.stereotype.Component;

/** The ticket's policy as the help desk's personas grant it. */
@Component
class RightsPolicy implements TicketPolicy {

	private final Rights rights;

	RightsPolicy(Rights rights) {
		this.rights = rights;
	}

	@Override
	public void requireMayWork(String actor, String queueGroup) {
		rights.requireMayWork(actor, queueGroup);
	}

	@Override
	public boolean mayWork(String actor, String queueGroup) {
		return rights.mayWork(actor, queueGroup);
	}

	@Override
	public boolean keepsWhatTheyOpen(String actor, String queueGroup) {
		return rights.keepsWhatTheyOpen(actor, queueGroup);
	}

	@Override
	public void requireMayTriage(String actor) {
		rights.requireMayTriage(actor);
	}

	@Override
	public void requireMayOpen(String actor) {
		rights.requireMayOpen(actor);
	}

	@Override
	public void requireMayWriteToCustomer(String actor) {
		rights.requireMayWriteToCustomer(actor);
	}

	@Override
	public boolean needsReview(String actor) {
		return rights.needsReview(actor);
	}

	@Override
	public void requireMayReview(String reviewer, String trainee) {
		rights.requireMayReview(reviewer, trainee);
	}

	@Override
	public void requireMayAuthorize(String authorizer, String asker) {
		rights.requireMayAuthorize(authorizer, asker);
	}

	@Override
	public void requireAdmin(String actor) {
		rights.requireAdmin(actor);
	}

	@Override
	public boolean isSenior(String actor) {
		return rights.isSenior(actor);
	}

	@Override
	public boolean isSpecialAgent(String user) {
		return rights.isSpecialAgent(user);
	}
}
