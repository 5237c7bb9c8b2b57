package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqView;
import io.ticketflow.faq.KnowledgeBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base for agents, internal entries included. Editing adds a version; nothing is deleted. */
@RestController
@RequestMapping("/api/faq")
@Tag(name = "FAQ")
class FaqController {

	private final KnowledgeBase knowledgeBase;

	FaqController(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping
	@Operation(summary = "Search the FAQ, best match first (internal and public entries)")
	List<FaqHit> search(@RequestParam String q, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return knowledgeBase.search(q, false, limit);
	}

	@PostMapping
	@Operation(summary = "Write a new FAQ entry (agents and administrators)")
	ResponseEntity<FaqView> create(@Valid @RequestBody FaqDraft draft, Principal user) {
		FaqView created = knowledgeBase.create(user.getName(), draft);
		return ResponseEntity.created(URI.create("/api/faq/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	FaqView entry(@PathVariable long id) {
		return knowledgeBase.entry(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit an entry: a new version; every earlier one is kept")
	FaqView edit(@PathVariable long id, @Valid @RequestBody FaqDraft draft, Principal user) {
		return knowledgeBase.edit(user.getName(), id, draft);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every version of an entry, oldest first")
	List<FaqView> versions(@PathVariable long id) {
		return knowledgeBase.versions(id);
	}
}
