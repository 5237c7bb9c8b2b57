package io.ticketflow.ticket.internal;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.HelpDeskException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.Addressing;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.CustomerFollowedUp;
import io.ticketflow.ticket.CustomerMessageWritten;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.LinkKind;
import io.ticketflow.ticket.ReplyHeldForReview;
import io.ticketflow.ticket.SenderType;
import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketPriorityChanged;
import io.ticketflow.ticket.TicketReopened;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketStateChanged;
import io.ticketflow.ticket.TicketType;
import io.ticketflow.ticket.WorkReleased;
import io.ticketflow.ticket.WritingRights;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The ticket aggregate. Every change is a method here: it checks the ticket's rules and the actor's rights (a policy
 * handed in with the {@link Act}), appends its own history lines and articles and registers its domain events.
 * {@link TicketLedger#save} writes what was appended and then publishes the events; nothing else writes a ticket's
 * record.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

	private static final int MAX_ERROR = 1500;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
	@SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = IdSequences.BLOCK)
	private Long id;

	private String number;

	private String title;

	@Enumerated(EnumType.STRING)
	private TicketState state;

	private int priority;

	private Long queueId;

	@Enumerated(EnumType.STRING)
	private TicketType type;

	private Long customerId;

	private String owner;

	private String responsible;

	private boolean answered;

	private Instant pendingUntil;

	private Long mergedInto;

	private Instant createdAt;

	private Instant changedAt;

	private String historyHead;

	private String articleHead;

	/** The agent who asked, then each consultant the ticket went to, comma-separated; null when nobody is asked. */
	private String consultationChain;

	private String authorizationAskedBy;

	@Version
	private long version;

	/** History lines, articles and events of the changes since the ticket was loaded, until the ledger saves it. */
	@Transient
	private final Journal journal = new Journal();

	/** The lowest priority of a sensitive customer's ticket. */
	public static final int SENSITIVE_PRIORITY = 4;

	protected Ticket() {
	}

	/** A new ticket; {@link #open} gives it its first record once the ledger has stored it. */
	public Ticket(String number, String title, int priority, Queue queue, long customerId, Instant at) {
		if (priority < 1 || priority > 5) {
			throw new InvalidInputException("priority", "priority is 1 to 5");
		}
		this.number = number;
		this.title = title;
		this.state = TicketState.NEW;
		this.priority = priority;
		this.queueId = queue.id();
		this.type = TicketType.UNCLASSIFIED;
		this.customerId = customerId;
		this.createdAt = at;
		this.changedAt = at;
	}

	// ---- opening, routing, taking, transfer ----

	/** The ticket's first record: created, its first article, and its process starts. */
	public void open(ArticleDraft first, boolean needsTriage, Act act) {
		line(HistoryType.CREATED, act, "in queue " + act.queue().name() + ", priority " + priority);
		raiseForSensitiveCustomer(act);
		write(first, act);
		if (!needsTriage && act.policy().keepsWhatTheyOpen(act.actor(), act.queue().groupId())) {
			take(act);
		}
		journal.raise(new TicketOpened(id, number, needsTriage, act.queue().groupId()));
	}

	/** A dispatcher's triage: the queue, priority and type; the ticket is open afterwards. */
	public void route(Queue target, int newPriority, TicketType newType, Act act) {
		act.policy().requireMayTriage(act.actor());
		if (newPriority < 1 || newPriority > 5) {
			throw new InvalidInputException("priority", "priority is 1 to 5");
		}
		moveTo(target, act);
		setPriority(newPriority, "", act);
		raiseForSensitiveCustomer(act);
		if (newType != type) {
			line(HistoryType.TYPE_CHANGED, act, type.code() + " -> " + newType.code());
			type = newType;
		}
		changeState(TicketState.OPEN, act);
	}

	/** An agent took the ticket's work: the first one owns it, each one is responsible while working it. */
	public void take(Act act) {
		act.requireMayWork();
		if (act.sensitive() && act.policy().isSpecialAgent(act.actor())) {
			throw new ForbiddenException(act.actor() + " is a special agent: consulted on a sensitive customer's ticket, "
					+ "never responsible for it");
		}
		if (owner == null) {
			line(HistoryType.OWNER_CHANGED, act, "null -> " + act.actor());
			owner = act.actor();
		}
		changeResponsible(act.actor(), act);
	}

	/** The agent working the ticket gave its work back to the queue: nobody is responsible until someone takes it. */
	public void release(Act act) {
		line(HistoryType.UNLOCKED, act, responsible + " -> nobody");
		if (responsible != null) {
			journal.raise(new WorkReleased(id, number, responsible, act.actor()));
		}
		responsible = null;
		touch(act);
	}

	/**
	 * Moves the ticket to another queue and/or hands it to another agent, who must be someone who may work it there.
	 * Moved without an agent, it waits in the new queue for whoever takes it.
	 *
	 * @param target the new queue, or null to stay
	 */
	public void transfer(Queue target, String agent, Act act) {
		requireWorkable(act);
		if (target == null && blank(agent)) {
			throw new InvalidInputException("targetQueue", "a transfer names a queue, an agent or both");
		}
		Queue queue = target == null ? act.queue() : target;
		if (target != null) {
			moveTo(target, act);
		}
		if (!blank(agent) && !act.policy().mayWork(agent, queue.groupId())) {
			throw new InvalidInputException("targetAgent", agent + " is nobody who may work this ticket in its queue");
		}
		if (!blank(agent) && act.sensitive() && act.policy().isSpecialAgent(agent)) {
			throw new InvalidInputException("targetAgent", agent + " is a special agent: consulted on a sensitive "
					+ "customer's ticket, never responsible for it");
		}
		changeResponsible(blank(agent) ? null : agent, act);
	}

	/** Who gets the ticket's work: its responsible agent, while they may still work it in its queue. */
	public String workingAgent(TicketPolicy policy, Queue queue) {
		return responsible != null && policy.mayWork(responsible, queue.groupId()) ? responsible : null;
	}

	// ---- waiting, closing, merging ----

	/** Sets a pending state until the given moment, which must lie in the future. */
	public void pend(TicketState pendingState, Instant until, Act act) {
		if (!pendingState.isPending()) {
			throw new InvalidInputException("pendingType", "not a pending state: " + pendingState.code());
		}
		if (until == null || !until.isAfter(act.at())) {
			throw new InvalidInputException("pendingUntil", "the pending time must lie in the future");
		}
		requireWorkable(act);
		line(HistoryType.PENDING_SET, act, state.code() + " -> " + pendingState.code() + " until " + until);
		setState(pendingState, act);
		pendingUntil = until;
	}

	public void reminderReached(Act act) {
		line(HistoryType.REMINDER_REACHED, act, "pending until " + pendingUntil);
		touch(act);
	}

	public void close(boolean successful, Act act) {
		close(successful, List.of(), false, act);
	}

	/**
	 * Closes the ticket. While child tickets are still open a person closes it only when they confirm it; the
	 * history names the children left open.
	 */
	public void close(boolean successful, List<String> openChildren, boolean confirmed, Act act) {
		requireWorkable(act);
		if (!openChildren.isEmpty() && !confirmed) {
			throw new ActionNotAllowedException("ticket " + number + " has open child tickets (" + String.join(", ",
					openChildren) + "): confirm that it is closed anyway, or close them first");
		}
		TicketState closed = successful ? TicketState.CLOSED_SUCCESSFUL : TicketState.CLOSED_UNSUCCESSFUL;
		line(HistoryType.CLOSED, act, state.code() + " -> " + closed.code()
				+ (openChildren.isEmpty() ? "" : ", child tickets still open: " + String.join(", ", openChildren)));
		setState(closed, act);
	}

	/** Merges this ticket into another active one, which the actor must be allowed to work too. */
	public void mergeInto(Ticket target, Queue targetQueue, Act act) {
		requireWorkable(act);
		act.policy().requireMayWork(act.actor(), targetQueue.groupId());
		if (target.id.equals(id) || !target.state.isActive()) {
			throw new InvalidInputException("mergeInto", "a ticket is merged into another ticket that is still active");
		}
		mergedInto = target.id;
		line(HistoryType.MERGED, act, "into " + target.number);
		setState(TicketState.MERGED, act);
		target.line(HistoryType.MERGED, act, "took in " + number);
		target.touch(act);
	}

	/**
	 * Links this ticket and another one, given what the other one is to this one; the actor works both. Each
	 * ticket's history names the other.
	 */
	public void link(Ticket other, Queue otherQueue, LinkKind kind, Act act) {
		requireMayNote(act);
		act.policy().requireMayWork(act.actor(), otherQueue.groupId());
		if (other.id.equals(id)) {
			throw new InvalidInputException("ticket", "a ticket is not linked to itself");
		}
		line(HistoryType.LINKED, act, kind.phrase() + " " + other.number);
		touch(act);
		other.line(HistoryType.LINKED, act, kind.reverse().phrase() + " " + number);
		other.touch(act);
	}

	/** The actor starts or stops watching the ticket: a line of its history, no change of the ticket itself. */
	public void watch(boolean on, Act act) {
		act.requireMayWork();
		line(on ? HistoryType.WATCHED : HistoryType.UNWATCHED, act, "");
	}

	/** One of this ticket's articles became a ticket of its own; the article stays here too. */
	public void splitOff(long articleId, String newNumber, Act act) {
		requireMayNote(act);
		line(HistoryType.SPLIT, act, "article " + articleId + " into " + newNumber);
		touch(act);
	}

	/** An administrator changed the ticket's process from outside it, in one of the few ways allowed. */
	public void engineCommand(String what, Act act) {
		act.policy().requireAdmin(act.actor());
		line(HistoryType.ENGINE_COMMAND, act, what);
		touch(act);
	}

	/**
	 * The customer (or their company) was marked sensitive, or the mark was taken away: the history says who did it,
	 * and a sensitive customer's open ticket is of priority 4 at least.
	 */
	public void customerSensitivityChanged(boolean sensitive, Act act) {
		line(HistoryType.CUSTOMER_SENSITIVITY, act, sensitive ? "customer marked sensitive" : "customer no longer sensitive");
		raiseForSensitiveCustomer(act);
		touch(act);
	}

	private void raiseForSensitiveCustomer(Act act) {
		if (act.sensitive() && priority < SENSITIVE_PRIORITY && state.isActive()) {
			setPriority(SENSITIVE_PRIORITY, " (sensitive customer)", act);
		}
	}

	/**
	 * An agent sets the ticket's priority, 1 (very low) to 5 (very high): those who answer customers and work the
	 * ticket's queue. A sensitive customer's ticket stays at 4 or above.
	 */
	public void changePriority(int newPriority, Act act) {
		requireWorkable(act);
		act.policy().requireMayWriteToCustomer(act.actor());
		if (newPriority < 1 || newPriority > 5) {
			throw new InvalidInputException("priority", "priority is 1 to 5");
		}
		if (act.sensitive() && newPriority < SENSITIVE_PRIORITY) {
			throw new InvalidInputException("priority", "a sensitive customer's ticket is of priority "
					+ SENSITIVE_PRIORITY + " at least");
		}
		if (newPriority != priority) {
			setPriority(newPriority, "", act);
			touch(act);
		}
	}

	/** The one place the priority changes: the history says so, and the ticket's tasks take it on. */
	private void setPriority(int newPriority, String why, Act act) {
		if (newPriority != priority) {
			line(HistoryType.PRIORITY_CHANGED, act, priority + " -> " + newPriority + why);
			priority = newPriority;
			journal.raise(new TicketPriorityChanged(id, number, priority));
		}
	}

	/**
	 * The service-level clock's record: which service level applies, a deadline near or passed. It changes nothing
	 * about the ticket, so it leaves its last change where it was.
	 */
	public void serviceLevelNoted(HistoryType type, String detail, Act act) {
		if (!type.isServiceLevel()) {
			throw new IllegalArgumentException(type + " is not a service-level line");
		}
		line(type, act, detail);
	}

	/** The mail to the customer could not be delivered after every attempt: the agents must know. */
	public void deliveryFailed(String recipient, String error, Act act) {
		String why = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
		line(HistoryType.DELIVERY_FAILED, act, "to " + recipient + ": " + why);
		touch(act);
	}

	// ---- what agents write ----

	/** An internal note. Notes may still be added to a closed ticket; a merged one takes nothing more. */
	public void note(String body, Act act) {
		note(body, List.of(), act);
	}

	/** An internal note with files. */
	public void note(String body, List<ArticleDraft.AttachmentDraft> files, Act act) {
		requireMayNote(act);
		write(ArticleDraft.note(act.actor(), subject(), body).withAttachments(files), act);
	}

	private void requireMayNote(Act act) {
		act.requireMayWork();
		if (state == TicketState.MERGED) {
			throw new ActionNotAllowedException("ticket " + number + " is merged; write on the ticket it was merged into");
		}
	}

	/**
	 * What the actor may write on the ticket now, by the same rules as {@link #note}, {@link #reply} and
	 * {@link #requireMayTakeCall}: what a screen offers them.
	 */
	public WritingRights writingRights(Act act) {
		boolean reply = allowed(() -> requireMayReply(act));
		return new WritingRights(allowed(() -> requireMayNote(act)), reply, allowed(() -> requireMayTakeCall(act)),
				reply && needsReview(act));
	}

	private static boolean allowed(Runnable check) {
		try {
			check.run();
			return true;
		}
		catch (HelpDeskException refused) {
			return false;
		}
	}

	/** A reply to the customer; a trainee's is held as an internal article until a senior agent approves it. */
	public void reply(String body, String customerEmail, Act act) {
		reply(body, List.of(), customerEmail, act);
	}

	/**
	 * A reply with files; the mail to the customer carries them. A reply that waits for a senior agent's review takes
	 * no files: the review decides on its text alone.
	 */
	public void reply(String body, List<ArticleDraft.AttachmentDraft> files, String customerEmail, Act act) {
		reply(body, files, customerEmail, Addressing.DEFAULT, act);
	}

	/**
	 * A reply with files, to the addresses and under the subject the agent chose (by default the customer and the
	 * ticket's subject), with addresses in copy as OTRS's reply-all. A reply that waits for review takes none of
	 * these: the review decides on its text alone, and it goes to the customer.
	 */
	public void reply(String body, List<ArticleDraft.AttachmentDraft> files, String customerEmail, Addressing addressing,
			Act act) {
		requireMayReply(act);
		String subject = replySubject(addressing.subject());
		if (!needsReview(act)) {
			send(ArticleDraft.reply(act.actor(), addressing.to(customerEmail), subject, body).withAttachments(files)
				.withCc(addressing.joinedCc()), act);
			return;
		}
		if (!files.isEmpty()) {
			throw new InvalidInputException("files", "a reply that waits for review takes no files; add them as a note");
		}
		if (addressing.joinedCc() != null) {
			throw new InvalidInputException("cc", "a reply that waits for review goes to the customer alone");
		}
		if (!addressing.to(customerEmail).equalsIgnoreCase(customerEmail)) {
			throw new InvalidInputException("to", "a reply that waits for review goes to the customer alone");
		}
		if (!subject.equals(subject())) {
			throw new InvalidInputException("subject", "a reply that waits for review keeps the ticket's subject");
		}
		journal.article(ArticleDraft.note(act.actor(), subject(), "Reply awaiting review:\n" + body), body, act.at());
		line(HistoryType.REPLY_HELD_FOR_REVIEW, act, "reply held until a senior agent approves it");
		touch(act);
	}

	/**
	 * The subject of a reply: the agent's own, carrying the ticket's tag so that the customer's answer finds the
	 * ticket, or the ticket's subject. A subject is one line.
	 */
	private String replySubject(String asked) {
		if (asked == null) {
			return subject();
		}
		if (asked.indexOf('\r') >= 0 || asked.indexOf('\n') >= 0) {
			throw new InvalidInputException("subject", "a subject is one line");
		}
		return asked.toLowerCase(Locale.ROOT).contains(tag().toLowerCase(Locale.ROOT)) ? asked : tag() + " " + asked;
	}

	/** A trainee's reply waits for review; so does anyone's but a senior agent's to a sensitive customer. */
	private static boolean needsReview(Act act) {
		return act.policy().needsReview(act.actor()) || (act.sensitive() && !act.policy().isSenior(act.actor()));
	}

	private static void requireMayReview(String author, Act act) {
		act.policy().requireMayReview(act.actor(), author);
		if (act.sensitive() && !act.policy().isSenior(act.actor())) {
			throw new ForbiddenException("a reply to a sensitive customer is reviewed by a senior agent");
		}
	}

	/**
	 * An agent forwards an article of this ticket by mail to someone else: those who answer customers and work the
	 * ticket's queue, and whose replies need no review. The ticket stays as answered or unanswered as it was.
	 */
	public void forward(long articleId, ArticleDraft forward, Act act) {
		requireWorkable(act);
		act.policy().requireMayWriteToCustomer(act.actor());
		if (needsReview(act)) {
			throw new ForbiddenException(act.actor() + "'s mail is reviewed before it goes out; a senior agent forwards it");
		}
		write(forward, act);
		line(HistoryType.FORWARDED, act, "article " + articleId + " to " + forward.to());
		touch(act);
	}

	/** A senior agent approved a trainee's reply, possibly edited: now it reaches the customer. */
	public void releaseReviewed(String trainee, String body, String customerEmail, Act act) {
		requireMayReview(trainee, act);
		line(HistoryType.REVIEW_APPROVED, act, "reply of " + trainee + " approved");
		send(ArticleDraft.reply(trainee, customerEmail, subject(), body).reviewedBy(act.actor()), act);
	}

	/** A senior agent sent a trainee's reply back; the customer sees nothing of it. */
	public void returnForRevision(String trainee, String comment, Act act) {
		requireMayReview(trainee, act);
		write(ArticleDraft.note(act.actor(), subject(), "Reply of " + trainee + " sent back: " + comment), act);
		line(HistoryType.REVIEW_RETURNED, act, "reply of " + trainee + " sent back");
	}

	/** A dispatcher asks the customer for what they need to route the ticket. */
	public void askCustomer(String question, String customerEmail, Act act) {
		act.policy().requireMayTriage(act.actor());
		if (blank(question)) {
			throw new InvalidInputException("question", "say what the customer should tell us");
		}
		reply(question, customerEmail, act);
		line(HistoryType.CUSTOMER_ASKED, act, "waiting for the customer's answer");
	}

	/** A message the help desk writes on its own, such as an auto-response. */
	public void respondAutomatically(ArticleDraft response, Act act) {
		write(response, act);
	}

	// ---- what customers write ----

	/** An agent enters what the customer said on the phone: only those who may write to customers do. */
	private void requireMayReply(Act act) {
		act.requireMayWork();
		act.policy().requireMayWriteToCustomer(act.actor());
		requireActive();
	}

	public void requireMayTakeCall(Act act) {
		act.requireMayWork();
		act.policy().requireMayWriteToCustomer(act.actor());
	}

	/** The customer wrote to the active ticket: it waits for an answer again. */
	public void customerWrote(ArticleDraft message, Act act) {
		write(message, act);
		answeredBecomes(false);
		touch(act);
		journal.raise(new CustomerFollowedUp(id, number));
	}

	/** The customer wrote to the closed ticket and its queue reopens tickets: back to whoever was responsible. */
	public void reopen(ArticleDraft message, Act act) {
		write(message, act);
		TicketState before = state;
		answeredBecomes(false);
		setState(TicketState.OPEN, act);
		line(HistoryType.REOPENED, act, before.code() + " -> open");
		journal.raise(new TicketReopened(id, number, act.queue().groupId(), responsible));
	}

	/** The customer wrote to the closed ticket and its queue rejects follow-ups: kept, nothing else happens. */
	public void rejectFollowUp(ArticleDraft message, Act act) {
		write(message, act);
		line(HistoryType.FOLLOW_UP_REJECTED, act, "the queue rejects follow-ups");
	}

	/** The customer's message to this closed ticket opened a new one. */
	public void followedUpAsNewTicket(String newNumber, Act act) {
		line(HistoryType.FOLLOW_UP_AS_NEW_TICKET, act, "new ticket " + newNumber);
	}

	/** A mail from an address that never took part in the ticket: kept as an internal article, nothing reopens. */
	public void keepFromStranger(ArticleDraft message, Act act) {
		write(message, act);
		line(HistoryType.FOLLOW_UP_RECEIVED, act, "from a non-participant, kept internal");
		touch(act);
	}

	/** The process heard of the customer's message: a pending ticket is open again. */
	public void followUpReceived(Act act) {
		line(HistoryType.FOLLOW_UP_RECEIVED, act, "state " + state.code());
		if (state.isPending()) {
			changeState(TicketState.OPEN, act);
		}
		touch(act);
	}

	// ---- consultation and authorization ----

	/** An agent asks a consultant, a person who may work this ticket; the agent gets it back when it returns. */
	public void askConsultation(String consultant, String question, Act act) {
		act.requireMayWork();
		requireConsultant(act.actor(), consultant, act);
		requireActive();
		if (consultationChain != null) {
			throw new ActionNotAllowedException("ticket " + number + " is already with " + consultant());
		}
		consultationChain = act.actor() + "," + consultant;
		responsible = act.actor();
		noteAndLine(question, HistoryType.CONSULTATION_ASKED, act.actor() + " asks " + consultant, act);
	}

	/** The consultant the ticket is with hands it on to another one, who returns it to them. */
	public void passConsultation(String next, String note, Act act) {
		requireNote(note);
		requireConsultant(act.actor(), next, act);
		requireWithConsultant(act.actor());
		consultationChain = consultationChain + "," + next;
		noteAndLine(note, HistoryType.CONSULTATION_PASSED, act.actor() + " passes to " + next, act);
	}

	/** The consultant gives the ticket back one step. Returns who has it now: a consultant, or the agent who asked. */
	public String returnConsultation(String note, Act act) {
		requireNote(note);
		requireWithConsultant(act.actor());
		List<String> chain = chain();
		List<String> back = chain.subList(0, chain.size() - 1);
		consultationChain = back.size() > 1 ? String.join(",", back) : null;
		String previous = back.get(back.size() - 1);
		noteAndLine(note, HistoryType.CONSULTATION_RETURNED, act.actor() + " returns to " + previous, act);
		return previous;
	}

	/** The consultant the ticket is with, or null. */
	public String consultant() {
		return consultationChain == null ? null : chain().get(chain().size() - 1);
	}

	public boolean inConsultation() {
		return consultationChain != null;
	}

	public void askAuthorization(String request, Act act) {
		if (blank(request)) {
			throw new InvalidInputException("authorizationRequest", "say what is to be authorized");
		}
		act.requireMayWork();
		requireActive();
		authorizationAskedBy = act.actor();
		responsible = act.actor();
		noteAndLine(request, HistoryType.AUTHORIZATION_ASKED, act.actor() + " asks for authorization", act);
	}

	/** An authorizer decides what the agent of the ticket's open request asked for. */
	public void decideAuthorization(boolean approved, String reason, Act act) {
		decideAuthorization(approved, reason, (approved ? "approved: " : "refused: ") + reason, act);
	}

	/** The decision, its note written as the given sentence (in the ticket's language). */
	public void decideAuthorization(boolean approved, String reason, String sentence, Act act) {
		act.policy().requireMayAuthorize(act.actor(), authorizationAskedBy);
		if (blank(reason)) {
			throw new InvalidInputException("authorizationReason", "an authorization decision gives its reason");
		}
		if (authorizationAskedBy == null) {
			throw new ActionNotAllowedException("nobody asked for an authorization on ticket " + number);
		}
		authorizationAskedBy = null;
		String decision = approved ? "approved" : "refused";
		noteAndLine(sentence, HistoryType.AUTHORIZATION_DECIDED, act.actor() + " " + decision, act);
	}

	/** The agent whose request for authorization is open, or null. */
	public String authorizationAsker() {
		return authorizationAskedBy;
	}

	// ---- rules shared by the changes ----

	public void requireActive() {
		if (!state.isActive()) {
			throw new ActionNotAllowedException("ticket " + number + " is " + state.code());
		}
	}

	private void requireWorkable(Act act) {
		act.requireMayWork();
		requireActive();
	}

	/** A consultant is a person who may work this ticket, other than the one who asks. */
	private void requireConsultant(String from, String to, Act act) {
		if (blank(to)) {
			throw new InvalidInputException("consultant", "name the agent to consult");
		}
		if (to.equals(from)) {
			throw new InvalidInputException("consultant", "an agent does not consult themselves");
		}
		if (!act.policy().mayWork(to, act.queue().groupId())) {
			throw new InvalidInputException("consultant", to + " is nobody who may work this ticket");
		}
	}

	private void requireWithConsultant(String actor) {
		if (consultationChain == null) {
			throw new ActionNotAllowedException("ticket " + number + " is not with a consultant");
		}
		if (!consultant().equals(actor)) {
			throw new ForbiddenException("ticket " + number + " is with " + consultant() + ", not with " + actor);
		}
	}

	/** A consultant hands the ticket on with what they found: an internal note. */
	private static void requireNote(String note) {
		if (blank(note)) {
			throw new InvalidInputException("note", "a consultation is returned or passed on with an internal note");
		}
	}

	private List<String> chain() {
		return List.of(consultationChain.split(","));
	}

	private void noteAndLine(String note, HistoryType type, String detail, Act act) {
		if (!blank(note)) {
			write(ArticleDraft.note(act.actor(), subject(), note), act);
		}
		line(type, act, detail);
		touch(act);
	}

	private void send(ArticleDraft reply, Act act) {
		write(reply, act);
		answeredBecomes(true);
		if (state == TicketState.NEW) {
			line(HistoryType.STATE_CHANGED, act, state.code() + " -> " + TicketState.OPEN.code());
			setState(TicketState.OPEN, act);
		}
		touch(act);
	}

	private void moveTo(Queue target, Act act) {
		if (!target.id().equals(queueId)) {
			line(HistoryType.QUEUE_CHANGED, act, act.queue().name() + " -> " + target.name());
			queueId = target.id();
			touch(act);
		}
	}

	private void changeResponsible(String next, Act act) {
		if (!Objects.equals(responsible, next)) {
			line(HistoryType.RESPONSIBLE_CHANGED, act, responsible + " -> " + next);
			responsible = next;
		}
		touch(act);
	}

	private void changeState(TicketState next, Act act) {
		if (state != next) {
			line(HistoryType.STATE_CHANGED, act, state.code() + " -> " + next.code());
			setState(next, act);
		}
	}

	private void setState(TicketState next, Act act) {
		if (next != state) {
			journal.raise(new TicketStateChanged(id, number, state, next, act.actor()));
		}
		state = next;
		pendingUntil = next.isPending() ? pendingUntil : null;
		touch(act);
	}

	private void answeredBecomes(boolean value) {
		if (answered != value) {
			journal.answeredFlipped();
		}
		answered = value;
	}

	/** Appends an article and its history line; the ledger threads and stores it. */
	private void write(ArticleDraft draft, Act act) {
		journal.article(draft, null, act.at());
	}

	private void line(HistoryType type, Act act, String detail) {
		journal.line(type, act.actor(), detail, act.at());
	}

	private void touch(Act act) {
		changedAt = act.at();
		journal.changed();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The subject of what the help desk writes on this ticket. */
	public String subject() {
		return tag() + " " + title;
	}

	/** The tag in every subject the help desk writes on this ticket, by which answers find it. */
	private String tag() {
		return TicketNumber.tag(number);
	}

	// ---- for the ledger ----

	/** The entries appended since the last save, handed over once. */
	List<Entry> takeJournal() {
		return journal.takeEntries();
	}

	/** The ledger wrote a history line: the next one is chained to it. */
	void chainHistory(String hash) {
		historyHead = hash;
	}

	/**
	 * The ledger wrote an article: the next one is chained to it; one meant for the customer's mailbox goes to the
	 * mail, one held for review to the reviewers.
	 */
	void stored(Article article, ArticleDraft written, String heldReply, String queueAddress) {
		articleHead = article.hash();
		if (written.isOutgoingMail()) {
			journal.raise(new CustomerMessageWritten(id, number, article.id(), written.to(), written.subject(),
					written.body(), written.messageId(), written.inReplyTo(), written.references(),
					written.senderType() == SenderType.SYSTEM, queueAddress));
		}
		if (heldReply != null) {
			journal.raise(new ReplyHeldForReview(id, number, written.author(), heldReply, article.id()));
		}
	}

	/**
	 * The events of the changes since the last save, handed over once for the ledger to publish. Not Spring Data's
	 * {@code @DomainEvents}: it refuses events registered while it publishes, yet a process step that hears an event
	 * may change the same ticket in the same transaction, and its events follow with its own save.
	 */
	List<Object> takeEvents() {
		return journal.takeEvents(id, number, answered);
	}

	// ---- properties ----

	public Long id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public TicketState state() {
		return state;
	}

	public int priority() {
		return priority;
	}

	public Long queueId() {
		return queueId;
	}

	public TicketType type() {
		return type;
	}

	public Long customerId() {
		return customerId;
	}

	public String owner() {
		return owner;
	}

	public String responsible() {
		return responsible;
	}

	public boolean answered() {
		return answered;
	}

	public Instant pendingUntil() {
		return pendingUntil;
	}

	public Long mergedInto() {
		return mergedInto;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String historyHead() {
		return historyHead;
	}

	public String articleHead() {
		return articleHead;
	}
}
