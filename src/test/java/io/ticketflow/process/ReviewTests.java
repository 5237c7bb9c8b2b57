package io.ticketflow.process;

import io.ticketflow.rights.Rights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.shared.ForbiddenException;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.HistoryType;
import io.ticketflow.ticket.TicketQueries;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A trainee's reply reaches the customer only after a senior agent approved it. */
@TicketflowTest
class ReviewTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AgentArticles articles;

	@Autowired
	TicketQueries tickets;

	@Autowired
	TaskService tasks;

	HelpDesk desk;

	@BeforeEach
	void setUp() {
		desk = new HelpDesk(context);
	}

	@Test
	void traineesReplyIsNotSentBeforeReviewAndSentOnceAfterApproval() {
		String number = desk.open("Support");
		ArticleView held = articles.reply(number, "trainee", "Have you tried turning it off?");
		assertThat(held.visibleForCustomer()).isFalse();
		assertThat(visibleReplies(number)).isEmpty();
		Task review = review(number);
		assertThat(tasks.getVariable(review.getId(), "draftAuthor")).isEqualTo("trainee");

		desk.complete(number, "Task_Review", "agent", Map.of("reviewDecision", "approve", "draftBody",
				"Have you tried turning it off and on again?"));
		assertThat(visibleReplies(number)).singleElement().satisfies(reply -> {
			assertThat(reply.body()).as("signed with the name of the trainee who wrote it")
				.isEqualTo("Have you tried turning it off and on again?\n\nKind regards,\n"
						+ context.getBean(Rights.class).nameOf("trainee") + "\nSupport team");
			assertThat(reply.author()).isEqualTo("trainee");
			assertThat(reply.reviewedBy()).as("the senior who edited and approved it").isEqualTo("agent");
		});
		assertThat(tickets.articles(number)).filteredOn(a -> a.reviewedBy() != null).hasSize(1);
		assertThat(tickets.ticket(number).answered()).isTrue();
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_Review").count()).isZero();
		assertThat(tickets.history(number)).extracting(h -> h.type())
			.containsSubsequence(HistoryType.REPLY_HELD_FOR_REVIEW, HistoryType.REVIEW_APPROVED);
	}

	@Test
	void replySentBackNeverReachesTheCustomer() {
		String number = desk.open("Support");
		articles.reply(number, "trainee", "Buy a new one.");
		desk.complete(number, "Task_Review", "agent", Map.of("reviewDecision", "return", "reviewComment", "Too blunt."));
		assertThat(visibleReplies(number)).isEmpty();
		assertThat(tickets.articles(number)).extracting(ArticleView::body).contains("Reply of trainee sent back: Too blunt.");
		assertThat(tickets.ticket(number).answered()).isFalse();
	}

	@Test
	void twoHeldRepliesAreReviewedIndependently() {
		String number = desk.open("Support");
		articles.reply(number, "trainee", "First draft.");
		articles.reply(number, "trainee", "Second draft.");
		List<Task> reviews = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_Review").list();
		assertThat(reviews).extracting(t -> tasks.getVariable(t.getId(), "draftBody").toString().lines().findFirst().orElse(""))
			.containsExactlyInAnyOrder("First draft.", "Second draft.");
	}

	@Test
	void onlySeniorAgentsReviewAndNeverTheirOwnReply() {
		String number = desk.open("Support");
		ArticleView held = articles.reply(number, "trainee", "Draft.");
		assertThatThrownBy(() -> desk.complete(number, "Task_Review", "trainee", Map.of("reviewDecision", "approve")))
			.isInstanceOf(RuntimeException.class);
		assertThat(visibleReplies(number)).isEmpty();
		long ticketId = tickets.idOf(number);
		assertThatThrownBy(() -> articles.releaseReviewed(ticketId, "specialist", held.id(), "x"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> articles.releaseReviewed(ticketId, "trainee", held.id(), "x"))
			.isInstanceOf(ForbiddenException.class);
	}

	private Task review(String number) {
		return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_Review").singleResult();
	}

	private List<ArticleView> visibleReplies(String number) {
		return tickets.articles(number).stream().filter(a -> a.visibleForCustomer() && a.senderType().code().equals("agent")).toList();
	}
}
