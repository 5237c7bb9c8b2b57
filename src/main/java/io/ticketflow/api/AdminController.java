package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.Directory;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.AutoResponseKind;
import io.ticketflow.ticket.AutoResponses;
import io.ticketflow.ticket.AutoResponses.AutoResponseView;
import io.ticketflow.ticket.HistoryChain;
import io.ticketflow.ticket.StandardResponses;
import io.ticketflow.ticket.HistoryChain.ChainReport;
import io.ticketflow.ticket.QueueView;
import io.ticketflow.ticket.Queues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.ticketflow.ticket.FollowUpPolicy;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What only administrators do: configure queues, check that the record is intact. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration")
class AdminController {

	private final Queues queues;

	private final HistoryChain chain;

	private final Directory directory;

	private final AutoResponses autoResponses;

	private final StandardResponses standardResponses;

	AdminController(Queues queues, HistoryChain chain, Directory directory, AutoResponses autoResponses,
			StandardResponses standardResponses) {
		this.standardResponses = standardResponses;
		this.queues = queues;
		this.chain = chain;
		this.directory = directory;
		this.autoResponses = autoResponses;
	}

	@GetMapping("/queues/{queue}/auto-responses/{kind}")
	@Operation(summary = "A queue's automatic answer (new_ticket, follow_up, rejected) in a language (en, ru; en when "
			+ "not given), the one a customer of that language gets; placeholders {{customer}}, {{ticket}}, {{title}}, "
			+ "{{queue}} (those who see the queue's tickets)")
	AutoResponseView autoResponse(@PathVariable String queue, @PathVariable String kind,
			@RequestParam(defaultValue = "en") String language, Principal user) {
		return autoResponses.text(user.getName(), queue, AutoResponseKind.of(kind), Language.of(language, "language"));
	}

	@PutMapping("/queues/{queue}/auto-responses/{kind}")
	@Operation(summary = "Rewrite a queue's automatic answer in a language (en, ru; en when not given)")
	AutoResponseView rewriteAutoResponse(@PathVariable String queue, @PathVariable String kind,
			@RequestParam(defaultValue = "en") String language, @Valid @RequestBody AutoResponseText text,
			Principal user) {
		return autoResponses.rewrite(user.getName(), queue, AutoResponseKind.of(kind), Language.of(language, "language"),
				text.subject(), text.body());
	}

	@PutMapping("/standard-responses/{name}")
	@Operation(summary = "Rewrite a standard response (e.g. faq_answer); placeholders {{salutation}}, {{signature}}, "
			+ "{{customer}}, {{ticket}}, {{title}}, {{agent}}, {{queue}}, {{faq}}")
	ResponseEntity<Void> rewriteStandardResponse(@PathVariable @Size(max = 100) String name, @Valid @RequestBody Text text, Principal user) {
		standardResponses.rewrite(user.getName(), name, text.body());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/queues/{queue}/texts")
	@Operation(summary = "The salutation and signature of a queue's replies, in one language (language=ru) or for "
			+ "every language without its own")
	ResponseEntity<Void> queueTexts(@PathVariable String queue, @RequestParam(required = false) String language,
			@Valid @RequestBody QueueTexts texts, Principal user) {
		standardResponses.writeQueueTexts(user.getName(), queue, language, texts.salutation(), texts.signature());
		return ResponseEntity.noContent().build();
	}

	record Text(@NotBlank @Size(max = 20000) String body) {
	}

	record QueueTexts(@Size(max = 1000) String salutation, @Size(max = 2000) String signature) {
	}

	record AutoResponseText(@NotBlank @Size(max = 500) String subject, @NotBlank @Size(max = 20000) String body) {
	}

	@PostMapping("/queues")
	@Operation(summary = "Create a queue worked by a group (created too when missing), with its follow-up policy")
	ResponseEntity<QueueView> createQueue(@Valid @RequestBody NewQueue queue, Principal user) {
		QueueView created = queues.create(user.getName(),
				new QueueView(queue.name(), queue.group(), queue.followUpPolicy(), queue.email()));
		directory.ensureGroup(queue.group(), "Queue " + queue.name());
		return ResponseEntity.created(URI.create("/api/queues")).body(created);
	}

	@GetMapping("/history-chain")
	@Operation(summary = "Verify the hash chains of one ticket's history and articles, or of all tickets; "
			+ "reports the first broken link of each ticket")
	ChainReport verify(@RequestParam(required = false) String ticket, Principal user) {
		return ticket == null ? chain.verifyAll(user.getName()) : chain.verify(user.getName(), ticket);
	}

	record NewQueue(@NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]*") String group,
			@NotNull FollowUpPolicy followUpPolicy, @Size(max = 320) String email) {
	}
}
