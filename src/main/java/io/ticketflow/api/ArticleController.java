package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.Replies;
import io.ticketflow.process.WorkAction;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.Addressing;
import io.ticketflow.ticket.AgentArticles;
import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.ArticleView;
import io.ticketflow.ticket.FollowUpReceipt;
import io.ticketflow.ticket.FollowUps;
import io.ticketflow.ticket.Forwards;
import io.ticketflow.ticket.Limits;
import io.ticketflow.ticket.ReplyDraft;
import io.ticketflow.ticket.ReplyDrafts;
import io.ticketflow.ticket.TicketQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A ticket's articles. Adding one never completes a task; none is ever changed or deleted. */
@RestController
@RequestMapping("/api/tickets/{number}/articles")
@Tag(name = "Articles")
class ArticleController {

	private final TicketQueries queries;

	private final AgentArticles agentArticles;

	private final FollowUps followUps;

	private final Forwards forwards;

	private final Replies replies;

	private final ReplyDrafts drafts;

	ArticleController(TicketQueries queries, AgentArticles agentArticles, FollowUps followUps, Forwards forwards,
			Replies replies, ReplyDrafts drafts) {
		this.queries = queries;
		this.agentArticles = agentArticles;
		this.followUps = followUps;
		this.forwards = forwards;
		this.replies = replies;
		this.drafts = drafts;
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
	@Operation(summary = "Add an internal note, a reply to the customer, or a message the customer gave by phone. A "
			+ "reply may go to other addresses (to), with copies (cc, a reply-all), under another subject, and leave the "
			+ "ticket closed or pending in the same step (nextState, pendingUntil)")
	ResponseEntity<?> add(@PathVariable String number, @Valid @RequestBody NewArticle article, Principal user) {
		if (article.kind() != NewArticle.Kind.reply) {
			requireNoReplyFields(article.to(), article.cc(), article.subject(), article.nextState(), article.pendingUntil());
		}
		return switch (article.kind()) {
			case note -> created(number, agentArticles.note(number, user.getName(), article.body(), List.of(),
					article.minutes()));
			case reply -> reply(number, replies.reply(number, user.getName(), article.body(), List.of(),
					article.minutes(), new Addressing(article.to(), article.cc(), article.subject()),
					next(article.nextState(), article.pendingUntil())));
			case customer -> {
				if (article.minutes() != null) {
					throw new InvalidInputException("minutes", "time is entered with a note or a reply");
				}
				yield followUp(number, user.getName(), article.body());
			}
		};
	}

	/** How many files one article takes. */
	static final int MAX_FILES = 10;

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an internal note or a reply with files (multipart/form-data: kind, body, files; for a "
			+ "reply also to, cc, subject, nextState and pendingUntil as in JSON); a reply's mail carries the files, each "
			+ "with its name and content type; 10 files, 10 MB each at most")
	ResponseEntity<ArticleView> addWithFiles(@PathVariable String number, @RequestParam String kind,
			@RequestParam @NotBlank @Size(max = Limits.BODY) String body,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer minutes,
			@RequestParam(name = "to", required = false) @Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> to,
			@RequestParam(name = "cc", required = false) @Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> cc,
			@RequestParam(required = false) @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "is one line") String subject,
			@RequestParam(required = false) NewArticle.NextState nextState,
			@RequestParam(required = false) @Size(max = 40) String pendingUntil, Principal user) throws IOException {
		if (!"reply".equals(kind)) {
			requireNoReplyFields(to, cc, subject, nextState, pendingUntil);
		}
		List<ArticleDraft.AttachmentDraft> drafts = new ArrayList<>();
		List<MultipartFile> given = files == null ? List.of() : files;
		if (given.size() > MAX_FILES) {
			throw new InvalidInputException("files", "an article takes at most " + MAX_FILES + " files");
		}
		for (MultipartFile file : given) {
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
					: file.getOriginalFilename().strip();
			if (name.length() > 255) {
				throw new InvalidInputException("files", "a file's name is at most 255 characters");
			}
			String type = file.getContentType() == null || file.getContentType().isBlank()
					? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
			drafts.add(new ArticleDraft.AttachmentDraft(name, type, file.getBytes()));
		}
		return switch (kind) {
			case "note" -> created(number,
					queries.article(agentArticles.note(number, user.getName(), body, drafts, minutes).id()));
			case "reply" -> reply(number, queries.article(replies.reply(number, user.getName(), body, drafts, minutes,
					new Addressing(to, cc, subject), next(nextState, pendingUntil)).id()));
			default -> throw new InvalidInputException("kind", "files go with a note or a reply");
		};
	}

	/** Addresses, a subject and a next state go with a reply only. */
	private static void requireNoReplyFields(List<String> to, List<String> cc, String subject,
			NewArticle.NextState nextState, String pendingUntil) {
		if (to != null && !to.isEmpty()) {
			throw new InvalidInputException("to", "only a reply is addressed");
		}
		if (cc != null && !cc.isEmpty()) {
			throw new InvalidInputException("cc", "a copy goes with a reply to the customer only");
		}
		if (subject != null) {
			throw new InvalidInputException("subject", "only a reply has a subject of its own");
		}
		if (nextState != null || pendingUntil != null) {
			throw new InvalidInputException("nextState", "only a reply sets the ticket's next state");
		}
	}

	/** The work step a reply's next state is: none for open, a close with its resolution, a pending with its time. */
	private static Replies.NextStep next(NewArticle.NextState state, String pendingUntil) {
		if (state == null || state == NewArticle.NextState.open) {
			if (pendingUntil != null) {
				throw new InvalidInputException("pendingUntil", "a time goes with a pending next state");
			}
			return null;
		}
		return switch (state) {
			case closedSuccessful, closedUnsuccessful -> {
				if (pendingUntil != null) {
					throw new InvalidInputException("pendingUntil", "a time goes with a pending next state");
				}
				yield new Replies.NextStep(WorkAction.CLOSE, Map.of("resolution",
						state == NewArticle.NextState.closedSuccessful ? "successful" : "unsuccessful"));
			}
			default -> {
				if (pendingUntil == null || pendingUntil.isBlank()) {
					throw new InvalidInputException("pendingUntil", "a pending ticket waits until a time");
				}
				yield new Replies.NextStep(WorkAction.PENDING, Map.of("pendingType",
						state == NewArticle.NextState.pendingReminder ? "reminder" : "autoClose", "pendingUntil",
						pendingUntil.strip()));
			}
		};
	}

	@GetMapping("/reply-draft")
	@Operation(summary = "What the composer starts a reply with: to the customer, copies to the others the quoted "
			+ "mail went to (reply-all), the ticket's subject, and the article quoted (by default the customer's newest "
			+ "message), in the customer's language")
	ReplyDraft replyDraft(@PathVariable String number, @RequestParam(required = false) Long article, Principal user) {
		return drafts.draft(user.getName(), number, article);
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

	@PostMapping("/{id}/forward")
	@Operation(summary = "Forward one of the ticket's articles, with its files and a text above it, by mail to other "
			+ "addresses (those who answer customers in the ticket's queue; not a reply that waits for review); the "
			+ "forward is an article the customer never sees")
	ResponseEntity<ArticleView> forward(@PathVariable String number, @PathVariable long id,
			@Valid @RequestBody Forward forward, Principal user) {
		return created(number, forwards.forward(number, user.getName(), id, forward.to(), forward.body()));
	}

	/**
	 * @param to the addresses, at most 10
	 * @param body the agent's words above the forwarded article
	 */
	record Forward(@NotEmpty @Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> to,
			@Size(max = Limits.BODY) String body) {
	}
}
