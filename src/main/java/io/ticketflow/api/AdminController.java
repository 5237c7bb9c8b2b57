package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.process.Directory;
import io.ticketflow.ticket.HistoryChain;
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

	AdminController(Queues queues, HistoryChain chain, Directory directory) {
		this.queues = queues;
		this.chain = chain;
		this.directory = directory;
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
	@Operation(summary = "Verify the hash chain of one ticket's history, or of all tickets; reports the first broken link")
	ChainReport verify(@RequestParam(required = false) String ticket, Principal user) {
		return ticket == null ? chain.verifyAll(user.getName()) : chain.verify(user.getName(), ticket);
	}

	record NewQueue(@NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]*") String group,
			@NotNull FollowUpPolicy followUpPolicy, @Size(max = 320) String email) {
	}
}
