package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqView;
import io.ticketflow.faq.KnowledgeBase;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The public FAQ, for anybody and without login: public entries only, as HTML pages and as JSON. */
@RestController
@Tag(name = "Public FAQ")
class PublicFaqController {

	private final KnowledgeBase knowledgeBase;

	PublicFaqController(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping("/api/public/faq")
	@Operation(summary = "Public FAQ entries, best match for q first; all of them without q")
	List<PublicEntry> search(@RequestParam(required = false) String q) {
		if (q == null || q.isBlank()) {
			return knowledgeBase.publicEntries().stream().map(PublicEntry::of).toList();
		}
		return knowledgeBase.search(q, true, 20).stream().map(PublicEntry::of).toList();
	}

	@GetMapping("/api/public/faq/{id}")
	PublicEntry entry(@PathVariable long id) {
		return PublicEntry.of(knowledgeBase.publicEntry(id));
	}

	@GetMapping(path = "/faq", produces = MediaType.TEXT_HTML_VALUE)
	String page(@RequestParam(required = false) String q) {
		StringBuilder html = new StringBuilder(head("FAQ"));
		html.append("<form action=\"/faq\"><input name=\"q\" value=\"").append(escape(q))
			.append("\" placeholder=\"Search the FAQ\"><button>Search</button></form><ul>");
		for (PublicEntry entry : search(q)) {
			html.append("<li><a href=\"/faq/").append(entry.id()).append("\">").append(escape(entry.question()))
				.append("</a> <small>").append(escape(entry.category())).append("</small></li>");
		}
		return html.append("</ul></body></html>").toString();
	}

	@GetMapping(path = "/faq/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String entryPage(@PathVariable long id) {
		FaqView entry = knowledgeBase.publicEntry(id);
		return head(entry.question()) + "<p><a href=\"/faq\">All questions</a></p><h2>" + escape(entry.question())
				+ "</h2><div style=\"white-space: pre-wrap\">" + escape(entry.answer()) + "</div></body></html>";
	}

	private static String head(String title) {
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title)
				+ "</title></head><body style=\"font-family: sans-serif; max-width: 50em; margin: 2em auto\"><h1>FAQ</h1>";
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

	record PublicEntry(long id, String category, String question, String answer, String language) {

		static PublicEntry of(FaqHit hit) {
			return new PublicEntry(hit.id(), hit.category(), hit.question(), hit.answer(), hit.language());
		}

		static PublicEntry of(FaqView view) {
			return new PublicEntry(view.id(), view.category(), view.question(), view.answer(), view.language());
		}
	}
}
