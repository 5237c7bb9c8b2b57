package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.FollowUpReceipt;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.TicketQueries;
import io.ticketflow.ticket.TicketView;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
	List<ArticleView> articles(@PathVariable String number) {
		return queries.articles(number);
	}

	@PostMapping
	@Operation(summary = "Add an internal note, a reply to the customer, or a message the customer gave by phone")
	ResponseEntity<?> add(@PathVariable String number, @Valid @RequestBody NewArticle article, Principal user) {
		return switch (article.kind()) {
			case note -> created(number, agentArticles.note(number, user.getName(), article.body()));
			case reply -> created(number, agentArticles.reply(number, user.getName(), article.body()));
			case customer -> followUp(number, article.body());
		};
	}

	private ResponseEntity<ArticleView> created(String number, ArticleView article) {
		return ResponseEntity.created(URI.create("/api/tickets/" + number + "/articles/" + article.id())).body(article);
	}

	private ResponseEntity<FollowUpReceipt> followUp(String number, String body) {
		TicketView ticket = queries.ticket(number);
		FollowUpReceipt receipt = followUps.receive(number,
				ArticleDraft.fromCustomer(Channel.PHONE, ticket.customer(), "[Ticket#" + number + "] " + ticket.title(), body));
		return ResponseEntity.created(URI.create("/api/tickets/" + receipt.ticket())).body(receipt);
	}
}
