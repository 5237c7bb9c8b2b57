package io.ticketflow.ticket.internal;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketType;
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

/** The ticket aggregate: its properties; articles and history refer to it by id. */
@Entity
@Table(name = "ticket")
public class Ticket {

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

	/** Whether {@link #answered} flipped since the ticket was loaded; told to the other modules once. */
	@Transient
	private boolean answeredChanged;

	protected Ticket() {
	}

	public Ticket(String number, String title, int priority, long queueId, long customerId) {
		this.number = number;
		this.title = title;
		this.state = TicketState.NEW;
		this.priority = priority;
		this.queueId = queueId;
		this.type = TicketType.UNCLASSIFIED;
		this.customerId = customerId;
		this.createdAt = Instant.now();
		this.changedAt = createdAt;
	}

	public void changeState(TicketState next) {
		state = next;
		pendingUntil = next.isPending() ? pendingUntil : null;
		touch();
	}

	public void pendUntil(TicketState pendingState, Instant until) {
		requireActive();
		state = pendingState;
		pendingUntil = until;
		touch();
	}

	public void prioritize(int newPriority) {
		priority = newPriority;
		touch();
	}

	public void moveTo(long newQueueId) {
		queueId = newQueueId;
		touch();
	}

	public void classify(TicketType newType) {
		type = newType;
		touch();
	}

	/** The first agent to take the ticket becomes its owner; whoever takes it is responsible. */
	public void takeBy(String agent) {
		if (owner == null) {
			owner = agent;
		}
		responsible = agent;
		touch();
	}

	public void delegateTo(String agent) {
		responsible = agent;
		touch();
	}

	public void customerWrote() {
		answeredChanged |= answered;
		answered = false;
		touch();
	}

	public void agentReplied() {
		answeredChanged |= !answered;
		answered = true;
		if (state == TicketState.NEW) {
			state = TicketState.OPEN;
		}
		touch();
	}

	public void mergeInto(long target) {
		requireActive();
		mergedInto = target;
		state = TicketState.MERGED;
		touch();
	}

	/** An agent asks a consultant; the agent is responsible and gets the ticket back when it returns. */
	public void askConsultation(String agent, String consultant) {
		requireActive();
		if (consultationChain != null) {
			throw new ActionNotAllowedException("ticket " + number + " is already with " + consultant());
		}
		consultationChain = agent + "," + consultant;
		responsible = agent;
		touch();
	}

	/** The consultant the ticket is with, or null. */
	public String consultant() {
		return consultationChain == null ? null : chain().get(chain().size() - 1);
	}

	/** The consultant hands the ticket on to another one, who returns it to them. */
	public void passConsultation(String consultant, String next) {
		requireConsultant(consultant);
		consultationChain = consultationChain + "," + next;
		touch();
	}

	/** The consultant gives the ticket back one step. Returns who has it now: a consultant, or the agent who asked. */
	public String returnConsultation(String consultant) {
		requireConsultant(consultant);
		List<String> chain = chain();
		List<String> back = chain.subList(0, chain.size() - 1);
		consultationChain = back.size() > 1 ? String.join(",", back) : null;
		touch();
		return back.get(back.size() - 1);
	}

	public boolean inConsultation() {
		return consultationChain != null;
	}

	public void askAuthorization(String agent) {
		requireActive();
		authorizationAskedBy = agent;
		responsible = agent;
		touch();
	}

	/** The agent whose request for authorization is open, or null. */
	public String authorizationAsker() {
		return authorizationAskedBy;
	}

	/** An authorization was decided. Returns the agent who asked for it. */
	public String authorizationDecided() {
		if (authorizationAskedBy == null) {
			throw new ActionNotAllowedException("nobody asked for an authorization on ticket " + number);
		}
		String asker = authorizationAskedBy;
		authorizationAskedBy = null;
		touch();
		return asker;
	}

	private void requireConsultant(String actor) {
		if (consultationChain == null) {
			throw new ActionNotAllowedException("ticket " + number + " is not with a consultant");
		}
		if (!consultant().equals(actor)) {
			throw new ForbiddenException("ticket " + number + " is with " + consultant() + ", not with " + actor);
		}
	}

	private List<String> chain() {
		return List.of(consultationChain.split(","));
	}

	/** True once after {@link #answered} flipped: whoever tells the other modules about the change asks. */
	public boolean takeAnsweredChange() {
		boolean changed = answeredChanged;
		answeredChanged = false;
		return changed;
	}

	/** The hash of the newest history line; every new line is chained to it. */
	public void chainHistory(String hash) {
		historyHead = hash;
	}

	/** The hash of the newest article; every new article is chained to it. */
	public void chainArticle(String hash) {
		articleHead = hash;
	}

	public void requireActive() {
		if (!state.isActive()) {
			throw new ActionNotAllowedException("ticket " + number + " is " + state.code());
		}
	}

	private void touch() {
		changedAt = Instant.now();
	}

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
