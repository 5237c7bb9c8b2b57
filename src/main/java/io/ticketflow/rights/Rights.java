package io.ticketflow.rights;

import static io.ticketflow.rights.Right.ADMINISTER;
import static io.ticketflow.rights.Right.AUTHORIZE;
import static io.ticketflow.rights.Right.EDIT_FAQ;
import static io.ticketflow.rights.Right.INTERNAL_NOTES_ONLY;
import static io.ticketflow.rights.Right.REPLIES_REVIEWED;
import static io.ticketflow.rights.Right.REVIEW;
import static io.ticketflow.rights.Right.SEE_ALL_QUEUES;
import static io.ticketflow.rights.Right.SEE_FIGURES;
import static io.ticketflow.rights.Right.TRIAGE;
import static io.ticketflow.rights.Right.WORK_ANY_QUEUE;
import static io.ticketflow.rights.Right.WORK_OWN_QUEUES;
import static io.ticketflow.rights.Right.WRITE_TO_CUSTOMERS;

import io.ticketflow.shared.ForbiddenException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What a user may do with tickets: the rights of the personas whose groups they are in, as {@link Persona} declares
 * them. {@link Actors#SYSTEM} may do everything.
 */
@Service
public class Rights {

	private final GroupDirectory directory;

	public Rights(GroupDirectory directory) {
		this.directory = directory;
	}

	/** Sees the tickets of the given queue group. */
	public void requireMaySee(String actor, String queueGroup) {
		if (!maySee(actor, queueGroup)) {
			throw new ForbiddenException(actor + " does not work in the queue of this ticket");
		}
	}

	public boolean maySee(String actor, String queueGroup) {
		if (isSystem(actor)) {
			return true;
		}
		Set<String> groups = groups(actor);
		return has(groups, SEE_ALL_QUEUES) || groups.contains(queueGroup);
	}

	/** The queue groups whose tickets the actor may list; empty means all. */
	public Optional<Set<String>> visibleQueueGroups(String actor) {
		if (isSystem(actor)) {
			return Optional.empty();
		}
		Set<String> groups = groups(actor);
		return has(groups, SEE_ALL_QUEUES) ? Optional.empty() : Optional.of(groups);
	}

	/** Changes a ticket of the given queue group: observers and managers change nothing. */
	public void requireMayWork(String actor, String queueGroup) {
		if (isSystem(actor)) {
			return;
		}
		Set<String> groups = groups(actor);
		if (has(groups, WORK_ANY_QUEUE)) {
			return;
		}
		if (!has(groups, WORK_OWN_QUEUES)) {
			throw new ForbiddenException(actor + " may look but not change anything");
		}
		if (!groups.contains(queueGroup)) {
			throw new ForbiddenException(actor + " does not work in the queue of this ticket");
		}
	}

	/** Whether the actor, a known person, may work a ticket of the given queue group. */
	public boolean mayWork(String actor, String queueGroup) {
		try {
			requireMayWork(actor, queueGroup);
			return !isSystem(actor);
		}
		catch (ForbiddenException refused) {
			return false;
		}
	}

	/** Changes anything at all, a comment on a task included: observers, managers and people of no persona do not. */
	public void requireMayChange(String actor) {
		if (!isSystem(actor) && personas(groups(actor)).noneMatch(Persona::writes)) {
			throw new ForbiddenException(actor + " may look but not change anything");
		}
	}

	/**
	 * Anything a customer sees — a reply, a ticket opened for them, their own words taken by phone: special agents
	 * never write to customers; authorizers, observers and managers write nothing of the kind.
	 */
	public void requireMayWriteToCustomer(String actor) {
		if (isSystem(actor)) {
			return;
		}
		if (has(groups(actor), INTERNAL_NOTES_ONLY)) {
			throw new ForbiddenException(actor + " is a special agent and writes internal notes only");
		}
		if (!mayOpen(actor)) {
			throw new ForbiddenException(actor + " may not write to customers");
		}
	}

	/** A trainee's customer-visible reply waits for a senior agent's review. */
	public boolean needsReview(String actor) {
		if (isSystem(actor)) {
			return false;
		}
		Set<String> groups = groups(actor);
		return has(groups, REPLIES_REVIEWED) && !has(groups, REVIEW);
	}

	/**
	 * The group of senior agents: a reply to a sensitive customer from anyone else waits for one of them to review
	 * it. Administrators and the system count as seniors.
	 */
	public static final String SENIORS = "seniors";

	public boolean isSenior(String actor) {
		if (isSystem(actor)) {
			return true;
		}
		Set<String> groups = groups(actor);
		return groups.contains(SENIORS) || has(groups, ADMINISTER);
	}

	/** A special agent writes internal notes only: consulted, never the one who answers the customer. */
	public boolean isSpecialAgent(String user) {
		return !isSystem(user) && has(groups(user), INTERNAL_NOTES_ONLY);
	}

	/** Reviews trainees' replies: agents (the seniors) and admins. */
	public void requireMayReview(String actor, String trainee) {
		if (!isSystem(actor) && !has(groups(actor), REVIEW)) {
			throw new ForbiddenException(actor + " may not review replies");
		}
		if (actor.equals(trainee)) {
			throw new ForbiddenException("nobody reviews their own reply");
		}
	}

	/** Only authorizers decide, and never on what they asked for themselves. */
	public void requireMayAuthorize(String actor, String asker) {
		if (isSystem(actor)) {
			return;
		}
		if (!has(groups(actor), AUTHORIZE)) {
			throw new ForbiddenException(actor + " is not an authorizer");
		}
		if (actor.equals(asker)) {
			throw new ForbiddenException("nobody authorizes what they asked for themselves");
		}
	}

	/**
	 * An agent who opens a ticket in a queue they work (a customer's call) keeps it: they own it and work it. A
	 * dispatcher's job is to hand tickets on, so theirs wait in the queue.
	 */
	public boolean keepsWhatTheyOpen(String actor, String queueGroup) {
		return mayWork(actor, queueGroup) && !has(groups(actor), TRIAGE);
	}

	/** Whether the actor is a member of the group, a queue's say: "my queues". */
	/** How the help desk names a person to customers: the full name, never the login. */
	public String nameOf(String user) {
		return directory.nameOf(user);
	}

	public boolean isMember(String actor, String group) {
		return groups(actor).contains(group);
	}

	/** Triage is the dispatchers' work. */
	public void requireMayTriage(String actor) {
		require(actor, TRIAGE, " is not a dispatcher");
	}

	/** Opening a ticket for a customer is talking to the customer. */
	public void requireMayOpen(String actor) {
		requireMayWriteToCustomer(actor);
	}

	/** Whether the actor works tickets at all, of their queues or of any: observers and managers only read. */
	public boolean worksTickets(String actor) {
		return personas(groups(actor)).anyMatch(Persona::writes);
	}

	/** Whether the actor, a known person, may open tickets for customers (what {@link #requireMayOpen} asks). */
	public boolean mayOpenTickets(String actor) {
		return !isSystem(actor) && mayOpen(actor);
	}

	/** Registering a customer is the first step of opening a ticket for them. */
	public void requireMayRegisterCustomers(String actor) {
		requireMayOpen(actor);
	}

	/**
	 * A customer's data is read by those who open tickets for customers (they look them up first) and by those who see
	 * at least one of the customer's tickets, given as the queue groups of those tickets.
	 */
	public void requireMaySeeCustomer(String actor, Set<String> queueGroupsOfTheirTickets) {
		if (isSystem(actor) || mayOpen(actor)) {
			return;
		}
		Optional<Set<String>> visible = visibleQueueGroups(actor);
		if (!queueGroupsOfTheirTickets.isEmpty()
				&& (visible.isEmpty() || queueGroupsOfTheirTickets.stream().anyMatch(visible.get()::contains))) {
			return;
		}
		throw new ForbiddenException(actor + " sees no ticket of this customer");
	}

	private boolean mayOpen(String actor) {
		Set<String> groups = groups(actor);
		return !has(groups, INTERNAL_NOTES_ONLY) && has(groups, WRITE_TO_CUSTOMERS);
	}

	/** Agents and administrators keep the FAQ; special agents, trainees and readers do not. */
	public void requireMayEditFaq(String actor) {
		require(actor, EDIT_FAQ, " may not edit the FAQ");
	}

	/** The help desk's figures are for managers, and for administrators and observers, who see everything anyway. */
	public void requireMaySeeFigures(String actor) {
		require(actor, SEE_FIGURES, " may not see the help desk's figures");
	}

	public void requireAdmin(String actor) {
		require(actor, ADMINISTER, " is not an administrator");
	}

	public boolean isAdmin(String actor) {
		return isSystem(actor) || has(groups(actor), ADMINISTER);
	}

	private void require(String actor, Right right, String refusal) {
		if (!isSystem(actor) && !has(groups(actor), right)) {
			throw new ForbiddenException(actor + refusal);
		}
	}

	private static boolean has(Set<String> groups, Right right) {
		return personas(groups).anyMatch(p -> p.has(right));
	}

	private static Stream<Persona> personas(Set<String> groups) {
		return Arrays.stream(Persona.values()).filter(p -> groups.contains(p.group()));
	}

	private Set<String> groups(String actor) {
		return actor == null ? Set.of() : directory.groupsOf(actor);
	}

	private static boolean isSystem(String actor) {
		return Actors.SYSTEM.equals(actor);
	}
}
