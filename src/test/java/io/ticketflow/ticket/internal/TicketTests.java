package io.ticketflow.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.shared.ActionNotAllowedException;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.CustomerFollowedUp;
import io.ticketflow.ticket.CustomerMessageWritten;
import io.ticketflow.ticket.FollowUpPolicy;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.LinkKind;
import io.ticketflow.ticket.ReplyHeldForReview;
import io.ticketflow.ticket.TicketAnswerChanged;
import io.ticketflow.ticket.TicketChanged;
import io.ticketflow.ticket.TicketOpened;
import io.ticketflow.ticket.TicketReopened;
import io.ticketflow.ticket.TicketState;
import io.ticketflow.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The ticket's own rules, without Spring or a database: milliseconds per test. */
class TicketTests {

	static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

	static final Queue RAW = queue(1, "Raw", "dispatchers");

	static final Queue SALES = queue(2, "Sales", "sales");

	static final Queue IT = queue(3, "IT", "it");

	final Policy policy = new Policy();

	Ticket ticket;

	@BeforeEach
	void newTicket() {
		ticket = ticket(10, RAW);
	}

	@Test
	void openingRecordsItsCreationAndFirstArticleAndStartsTheProcess() {
		ticket.open(ArticleDraft.fromCustomer(Channel.PHONE, "anna@example.com", "Printer", "It jams")
			.enteredBy("secretary"), true, act("secretary", RAW));

		assertThat(lines()).containsExactly(HistoryType.CREATED, HistoryType.ARTICLE_ADDED);
		assertThat(events()).contains(new TicketOpened(10L, ticket.number(), true, "dispatchers"));
	}

	@Test
	void anAgentWhoTakesTheCallKeepsTheTicketADispatcherHandsItOn() {
		Ticket taken = ticket(11, SALES);
		taken.open(ArticleDraft.fromCustomer(Channel.PHONE, "anna@example.com", "Printer", "It jams")
			.enteredBy("agent"), false, act("agent", SALES));
		assertThat(taken.owner()).isEqualTo("agent");
		assertThat(taken.responsible()).isEqualTo("agent");
		assertThat(taken.takeJournal().stream().filter(Entry.Line.class::isInstance).map(e -> ((Entry.Line) e).type()))
			.containsExactly(HistoryType.CREATED, HistoryType.ARTICLE_ADDED, HistoryType.OWNER_CHANGED,
					HistoryType.RESPONSIBLE_CHANGED);

		Ticket handedOn = ticket(12, SALES);
		handedOn.open(ArticleDraft.fromCustomer(Channel.PHONE, "anna@example.com", "Printer", "It jams")
			.enteredBy("secretary"), false, act("secretary", SALES));
		assertThat(handedOn.owner()).isNull();
		assertThat(handedOn.responsible()).isNull();
	}

	@Test
	void triageMovesPrioritizesClassifiesAndOpensWithALineForEach() {
		ticket.route(SALES, 5, TicketType.INCIDENT, act("secretary", RAW));

		assertThat(ticket.queueId()).isEqualTo(SALES.id());
		assertThat(ticket.priority()).isEqualTo(5);
		assertThat(ticket.type()).isEqualTo(TicketType.INCIDENT);
		assertThat(ticket.state()).isEqualTo(TicketState.OPEN);
		assertThat(details()).containsExactly("Raw -> Sales", "3 -> 5", "unclassified -> incident", "new -> open");
	}

	@Test
	void onlyDispatchersTriageAndNothingIsRecordedWhenRefused() {
		assertThatThrownBy(() -> ticket.route(SALES, 3, TicketType.INCIDENT, act("agent", RAW)))
			.isInstanceOf(ForbiddenException.class);
		assertThat(ticket.takeJournal()).isEmpty();
		assertThat(ticket.queueId()).isEqualTo(RAW.id());
	}

	@Test
	void priorityIsOneToFive() {
		assertThatThrownBy(() -> ticket.route(SALES, 6, TicketType.INCIDENT, act("secretary", RAW)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("priority"));
	}

	@Test
	void theFirstAgentToTakeTheTicketOwnsItAndWhoeverTakesItIsResponsible() {
		Ticket sales = ticket(11, SALES);
		sales.take(act("agent", SALES));
		sales.take(act("agent2", SALES));

		assertThat(sales.owner()).isEqualTo("agent");
		assertThat(sales.responsible()).isEqualTo("agent2");
		assertThat(sales.takeJournal()).extracting(e -> ((Entry.Line) e).detail())
			.containsExactly("null -> agent", "null -> agent", "agent -> agent2");
	}

	@Test
	void anAgentOfAnotherQueueCannotTakeTheTicket() {
		assertThatThrownBy(() -> ticket(11, IT).take(act("agent", IT))).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aTransferNamesAQueueOrAnAgentWhoMayWorkTheTicketThere() {
		Ticket sales = ticket(11, SALES);
		assertThatThrownBy(() -> sales.transfer(null, " ", act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("targetQueue"));
		assertThatThrownBy(() -> sales.transfer(IT, "agent2", act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("targetAgent"));
	}

	@Test
	void movedWithoutAnAgentTheTicketWaitsForWhoeverTakesIt() {
		Ticket sales = ticket(11, SALES);
		sales.take(act("agent", SALES));
		sales.transfer(IT, null, act("agent", SALES));

		assertThat(sales.responsible()).isNull();
		assertThat(sales.queueId()).isEqualTo(IT.id());
	}

	@Test
	void pendingNeedsAPendingStateAndATimeAfterNow() {
		Ticket sales = ticket(11, SALES);
		assertThatThrownBy(() -> sales.pend(TicketState.OPEN, NOW.plusSeconds(60), act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("pendingType"));
		assertThatThrownBy(() -> sales.pend(TicketState.PENDING_REMINDER, NOW, act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("pendingUntil"));

		sales.pend(TicketState.PENDING_REMINDER, NOW.plusSeconds(60), act("agent", SALES));
		assertThat(sales.pendingUntil()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aFollowUpOpensAPendingTicketAgain() {
		Ticket sales = ticket(11, SALES);
		sales.pend(TicketState.PENDING_REMINDER, NOW.plusSeconds(60), act("agent", SALES));
		sales.followUpReceived(act("(system)", SALES));

		assertThat(sales.state()).isEqualTo(TicketState.OPEN);
		assertThat(sales.pendingUntil()).isNull();
	}

	@Test
	void aClosedTicketIsNotWorkedAnyMoreButTakesNotes() {
		Ticket sales = ticket(11, SALES);
		sales.close(true, act("agent", SALES));

		assertThat(sales.state()).isEqualTo(TicketState.CLOSED_SUCCESSFUL);
		assertThatThrownBy(() -> sales.close(false, act("agent", SALES))).isInstanceOf(ActionNotAllowedException.class);
		sales.note("for the record", act("agent", SALES));
	}

	@Test
	void aLinkIsInBothHistoriesEachNamingWhatTheOtherIsToIt() {
		Ticket incident = ticket(11, SALES);
		Ticket problem = ticket(12, SALES);
		assertThatThrownBy(() -> incident.link(incident, SALES, LinkKind.RELATED, act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("ticket"));

		incident.link(problem, SALES, LinkKind.PARENT, act("agent", SALES));

		assertThat(incident.takeJournal()).extracting(e -> ((Entry.Line) e).detail()).containsExactly("child of " + problem.number());
		assertThat(problem.takeJournal()).extracting(e -> ((Entry.Line) e).detail()).containsExactly("parent of " + incident.number());
		incident.mergeInto(problem, SALES, act("agent", SALES));
		assertThatThrownBy(() -> incident.link(problem, SALES, LinkKind.RELATED, act("agent", SALES)))
			.isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void aMergedTicketRecordsTheMergeOnBothAndTakesNothingMore() {
		Ticket sales = ticket(11, SALES);
		Ticket target = ticket(12, SALES);
		assertThatThrownBy(() -> sales.mergeInto(sales, SALES, act("agent", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("mergeInto"));

		sales.mergeInto(target, SALES, act("agent", SALES));

		assertThat(sales.state()).isEqualTo(TicketState.MERGED);
		assertThat(sales.mergedInto()).isEqualTo(12L);
		assertThat(target.takeJournal()).extracting(e -> ((Entry.Line) e).detail()).containsExactly("took in " + sales.number());
		assertThatThrownBy(() -> sales.note("late", act("agent", SALES))).isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void aMergeIntoATicketTheAgentMayNotWorkIsRefused() {
		Ticket sales = ticket(11, SALES);
		assertThatThrownBy(() -> sales.mergeInto(ticket(12, IT), IT, act("agent", SALES)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anAgentsReplyGoesToTheCustomerAndAnswersTheTicket() {
		ticket.reply("Try this", "anna@example.com", act("secretary", RAW));

		List<Entry> journal = ticket.takeJournal();
		Entry.Written reply = (Entry.Written) journal.get(0);
		assertThat(reply.draft().isOutgoingMail()).isTrue();
		assertThat(reply.heldReply()).isNull();
		assertThat(ticket.answered()).isTrue();
		assertThat(ticket.state()).isEqualTo(TicketState.OPEN);
		assertThat(events()).startsWith(new TicketAnswerChanged(10L, ticket.number(), true));
	}

	@Test
	void aTraineesReplyIsHeldAsAnInternalArticleForReview() {
		Ticket sales = ticket(11, SALES);
		sales.reply("My answer", "anna@example.com", act("trainee", SALES));

		Entry.Written held = (Entry.Written) sales.takeJournal().get(0);
		assertThat(held.draft().visibleForCustomer()).isFalse();
		assertThat(held.heldReply()).isEqualTo("My answer");
		assertThat(sales.answered()).isFalse();
	}

	@Test
	void theHeldReplyAndAnOutgoingMailAreToldOnceStored() {
		Ticket sales = ticket(11, SALES);
		Article article = new Article(ArticleDraft.reply("agent", "anna@example.com", sales.subject(), "Hi"), 11, NOW,
				null);
		ReflectionTestUtils.setField(article, "id", 77L);
		sales.stored(article, ArticleDraft.reply("agent", "anna@example.com", sales.subject(), "Hi"), "Hi",
				"sales@example.com");

		assertThat(sales.takeEvents()).hasAtLeastOneElementOfType(CustomerMessageWritten.class)
			.contains(new ReplyHeldForReview(11L, sales.number(), "agent", "Hi", 77L));
		assertThat(sales.articleHead()).isEqualTo(article.hash());
	}

	@Test
	void onlyThoseWhoReviewTheTraineeReleaseTheirReply() {
		Ticket sales = ticket(11, SALES);
		assertThatThrownBy(() -> sales.releaseReviewed("trainee", "ok", "anna@example.com", act("agent2", SALES)))
			.isInstanceOf(ForbiddenException.class);

		sales.releaseReviewed("trainee", "ok", "anna@example.com", act("agent", SALES));
		assertThat(sales.takeJournal()).filteredOn(Entry.Written.class::isInstance)
			.extracting(e -> ((Entry.Written) e).draft())
			.singleElement()
			.satisfies(reply -> {
				assertThat(reply.author()).isEqualTo("trainee");
				assertThat(reply.reviewedBy()).as("the reviewer beside the trainee").isEqualTo("agent");
				assertThat(reply.visibleForCustomer()).isTrue();
			});
	}

	@Test
	void theCustomersMessageMakesTheTicketUnansweredAndTellsTheProcess() {
		Ticket sales = ticket(11, SALES);
		sales.reply("Try this", "anna@example.com", act("agent", SALES));
		sales.takeEvents();

		sales.customerWrote(ArticleDraft.fromCustomer(Channel.EMAIL, "anna@example.com", "Re", "No"),
				act("anna@example.com", SALES));

		assertThat(sales.answered()).isFalse();
		assertThat(sales.takeEvents()).containsExactly(new TicketAnswerChanged(11L, sales.number(), false),
				new CustomerFollowedUp(11L, sales.number()), new TicketChanged(11L, sales.number()));
		assertThat(sales.takeEvents()).isEmpty();
	}

	@Test
	void aClosedTicketReopensToItsResponsibleAgent() {
		Ticket sales = ticket(11, SALES);
		sales.take(act("agent", SALES));
		sales.close(true, act("agent", SALES));
		sales.reopen(ArticleDraft.fromCustomer(Channel.EMAIL, "anna@example.com", "Re", "Again"),
				act("anna@example.com", SALES));

		assertThat(sales.state()).isEqualTo(TicketState.OPEN);
		assertThat(events(sales)).contains(new TicketReopened(11L, sales.number(), "sales", "agent"));
	}

	@Test
	void aConsultationGoesOutAndComesBackOneStepAtATime() {
		Ticket sales = ticket(11, SALES);
		sales.askConsultation("specialist", "What now?", act("agent", SALES));
		sales.passConsultation("authorizer", "Ask them", act("specialist", SALES));

		assertThat(sales.consultant()).isEqualTo("authorizer");
		assertThat(sales.returnConsultation("Done", act("authorizer", SALES))).isEqualTo("specialist");
		assertThat(sales.returnConsultation("Here", act("specialist", SALES))).isEqualTo("agent");
		assertThat(sales.inConsultation()).isFalse();
		assertThat(sales.responsible()).isEqualTo("agent");
	}

	@Test
	void onlyTheConsultantTheTicketIsWithGivesItBack() {
		Ticket sales = ticket(11, SALES);
		sales.askConsultation("specialist", "What now?", act("agent", SALES));

		assertThatThrownBy(() -> sales.returnConsultation("me?", act("authorizer", SALES)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> sales.returnConsultation(" ", act("specialist", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		assertThatThrownBy(() -> sales.askConsultation("authorizer", "again", act("agent", SALES)))
			.isInstanceOf(ActionNotAllowedException.class);
	}

	@Test
	void aConsultantIsSomeoneElseWhoMayWorkTheTicket() {
		Ticket sales = ticket(11, SALES);
		for (String nobody : new String[] { "agent", "specilaist", "observer", "" }) {
			assertThatThrownBy(() -> sales.askConsultation(nobody, "?", act("agent", SALES)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("consultant"));
		}
	}

	@Test
	void anAuthorizerDecidesTheOpenRequestWithAReason() {
		Ticket sales = ticket(11, SALES);
		assertThatThrownBy(() -> sales.decideAuthorization(true, "fine", act("authorizer", SALES)))
			.isInstanceOf(ActionNotAllowedException.class);
		sales.askAuthorization("Refund 500", act("agent", SALES));
		assertThatThrownBy(() -> sales.decideAuthorization(true, "", act("authorizer", SALES)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("authorizationReason"));
		assertThatThrownBy(() -> sales.decideAuthorization(true, "fine", act("agent2", SALES)))
			.isInstanceOf(ForbiddenException.class);

		sales.decideAuthorization(true, "fine", act("authorizer", SALES));
		assertThat(sales.authorizationAsker()).isNull();
	}

	@Test
	void everyLineAndTheTicketsChangeCarryTheTimeOfTheAct() {
		Instant later = NOW.plus(Duration.ofHours(3));
		ticket.route(SALES, 3, TicketType.INCIDENT, new Act("secretary", later, policy, RAW));

		assertThat(ticket.changedAt()).isEqualTo(later);
		assertThat(ticket.takeJournal()).allSatisfy(e -> assertThat(((Entry.Line) e).at()).isEqualTo(later));
	}

	@Test
	void anArticlesLineFollowsItAndNamesItsAuthor() {
		Ticket sales = ticket(11, SALES);
		sales.releaseReviewed("trainee", "ok", "anna@example.com", act("agent", SALES));

		List<Entry> journal = sales.takeJournal();
		assertThat(journal).extracting(e -> e.getClass().getSimpleName())
			.containsExactly("Line", "Written", "Line", "Line");
		assertThat(((Entry.Line) journal.get(2)).actor()).isEqualTo("trainee");
		assertThat(((Entry.Line) journal.get(0)).actor()).isEqualTo("agent");
	}

	// ---- helpers ----

	private List<HistoryType> lines() {
		return ticket.takeJournal().stream().filter(Entry.Line.class::isInstance).map(e -> ((Entry.Line) e).type()).toList();
	}

	private List<String> details() {
		return ticket.takeJournal().stream().filter(Entry.Line.class::isInstance).map(e -> ((Entry.Line) e).detail())
			.toList();
	}

	private List<Object> events() {
		return events(ticket);
	}

	private static List<Object> events(Ticket of) {
		return List.copyOf(of.takeEvents());
	}

	private Act act(String actor, Queue queue) {
		return new Act(actor, NOW, policy, queue);
	}

	private static Ticket ticket(long id, Queue queue) {
		Ticket ticket = new Ticket("202603021000" + id, "Printer", 3, queue, 5, NOW);
		ReflectionTestUtils.setField(ticket, "id", id);
		return ticket;
	}

	private static Queue queue(long id, String name, String group) {
		Queue queue = new Queue(name, group, FollowUpPolicy.REOPEN, null, NOW);
		ReflectionTestUtils.setField(queue, "id", id);
		return queue;
	}

	/** The personas as far as these tests need them. */
	static class Policy implements TicketPolicy {

		final Map<String, Set<String>> groups = Map.of("secretary", Set.of("dispatchers", "*"), "agent",
				Set.of("sales", "seniors"), "agent2", Set.of("sales"), "trainee", Set.of("sales", "trainees"), "specialist",
				Set.of("*"), "authorizer", Set.of("*", "authorizers"), "observer", Set.of("sales", "observers"));

		@Override
		public void requireMayWork(String actor, String queueGroup) {
			if (!mayWork(actor, queueGroup)) {
				throw new ForbiddenException(actor + " does not work in " + queueGroup);
			}
		}

		@Override
		public boolean mayWork(String actor, String queueGroup) {
			Set<String> of = groups.getOrDefault(actor, Set.of());
			return !of.contains("observers") && (of.contains("*") || of.contains(queueGroup));
		}

		@Override
		public boolean keepsWhatTheyOpen(String actor, String queueGroup) {
			return mayWork(actor, queueGroup) && !groups.getOrDefault(actor, Set.of()).contains("dispatchers");
		}

		@Override
		public void requireMayTriage(String actor) {
			require(groups.getOrDefault(actor, Set.of()).contains("dispatchers"), actor);
		}

		@Override
		public void requireMayOpen(String actor) {
			requireMayTriage(actor);
		}

		@Override
		public void requireMayWriteToCustomer(String actor) {
			require(!actor.equals("observer"), actor);
		}

		@Override
		public boolean needsReview(String actor) {
			return groups.getOrDefault(actor, Set.of()).contains("trainees");
		}

		@Override
		public void requireMayReview(String reviewer, String trainee) {
			require(reviewer.equals("agent"), reviewer);
		}

		@Override
		public void requireMayAuthorize(String authorizer, String asker) {
			require(groups.getOrDefault(authorizer, Set.of()).contains("authorizers"), authorizer);
		}

		@Override
		public void requireAdmin(String actor) {
			require(false, actor);
		}

		@Override
		public boolean isSenior(String actor) {
			return groups.getOrDefault(actor, Set.of()).contains("seniors");
		}

		@Override
		public boolean isSpecialAgent(String user) {
			return user.equals("specialist");
		}

		private static void require(boolean allowed, String actor) {
			if (!allowed) {
				throw new ForbiddenException(actor + " may not");
			}
		}
	}
}
