package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.FollowUpReceipt;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.TicketQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's articles. Adding one never completes a task; none is ever changed or deleted. */
@RestController
@RequestMapping("/api/tickets/{number}/articles")
@Tag(name = "Articles")
class ArticleController {

	private final TicketQueries queries;

	private final AgentArticles agentArticles;

	private final FollowUps followUps;

	ArticleController(TicketQueries queries, AgentArticles agentArticles, FollowUps followUps) {
		this.queries = queries;
		this.agentArticles = agentArticles;
		this.followUps = followUps;
	}

	@GetMapping
	@Operation(summary = "The whole conversation of a ticket, oldest first, internal notes included")
	List<ArticleView> articles(@PathVariable String number, Principal user) {
		queries.requireVisible(user.getName(), number);
		return queries.articles(number);
	}

	@GetMapping(params = "size")
	@Operation(summary = "The conversation a page at a time, newest first (for tickets with hundreds of articles)")
	PageView<ArticleView> page(@PathVariable String number, @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
			@RequestParam @Min(1) @Max(200) int size, Principal user) {
		queries.requireVisible(user.getName(), number);
		return PageView.of(queries.conversation(number, PageRequest.of(page, size)));
	}

	@PostMapping
	@Operation(summary = "Add an internal note, a reply to the customer, or a message the customer gave by phone")
	ResponseEntity<?> add(@PathVariable String number, @Valid @RequestBody NewArticle article, Principal user) {
		return switch (article.kind()) {
			case note -> created(number, agentArticles.note(number, user.getName(), article.body()));
			case reply -> reply(number, agentArticles.reply(number, user.getName(), article.body()));
			case customer -> followUp(number, user.getName(), article.body());
		};
	}

	/** A trainee's reply is accepted but held for review: 202, and the article is the internal draft. */
	private ResponseEntity<ArticleView> reply(String number, ArticleView article) {
		return article.visibleForCustomer() ? created(number, article) : ResponseEntity.accepted().body(article);
	}

	private ResponseEntity<ArticleView> created(String number, ArticleView article) {
		return ResponseEntity.created(URI.create("/api/tickets/" + number + "/articles/" + article.id())).body(article);
	}

	private ResponseEntity<FollowUpReceipt> followUp(String number, String agent, String body) {
		FollowUpReceipt receipt = followUps.takenByPhone(number, agent, body);
		return ResponseEntity.created(URI.create("/api/tickets/" + receipt.ticket())).body(receipt);
	}
}
