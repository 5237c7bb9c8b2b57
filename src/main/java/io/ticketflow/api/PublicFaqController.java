package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.faq.FaqHit;
import io.ticketflow.faq.FaqView;
import io.ticketflow.faq.KnowledgeBase;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.CustomerTexts;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public FAQ, for anybody and without login: public entries only, as HTML pages and as JSON, in the reader's
 * language (the link's {@code lang}, else the browser's), that language's entries first.
 */
@RestController
@Tag(name = "Public FAQ")
class PublicFaqController {

	private final KnowledgeBase knowledgeBase;

	PublicFaqController(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@GetMapping("/api/public/faq")
	@Operation(summary = "Public FAQ entries, those of the reader's language (lang, else Accept-Language) first, "
			+ "then best match for q; all of them without q")
	List<PublicEntry> search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		return search(q, Language.asked(lang, accepted));
	}

	private List<PublicEntry> search(String q, Language language) {
		List<PublicEntry> found = q == null || q.isBlank()
				? knowledgeBase.publicEntries().stream().map(PublicEntry::of).toList()
				: knowledgeBase.search(q, true, 20).stream().map(PublicEntry::of).toList();
		// a stable sort: the reader's language first, each part in the order found
		return found.stream().sorted(Comparator.comparing((PublicEntry e) -> !language.code().equals(e.language())))
			.toList();
	}

	@GetMapping("/api/public/faq/{id}")
	PublicEntry entry(@PathVariable long id) {
		return PublicEntry.of(knowledgeBase.publicEntry(id));
	}

	@GetMapping(path = "/faq", produces = MediaType.TEXT_HTML_VALUE)
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		Language language = Language.asked(lang, accepted);
		StringBuilder html = new StringBuilder(head(language, text(language, "title"), "/faq"));
		html.append("<form action=\"/faq\"><input type=\"hidden\" name=\"lang\" value=\"").append(language.code())
			.append("\"><input name=\"q\" value=\"").append(escape(q)).append("\" placeholder=\"")
			.append(escape(text(language, "search"))).append("\" aria-label=\"").append(escape(text(language, "search")))
			.append("\"><button>").append(escape(text(language, "find"))).append("</button></form><ul>");
		List<PublicEntry> entries = search(q, language);
		for (PublicEntry entry : entries) {
			html.append("<li lang=\"").append(escape(entry.language())).append("\"><a href=\"/faq/").append(entry.id())
				.append("?lang=").append(language.code()).append("\">").append(escape(entry.question()))
				.append("</a> <small>").append(escape(entry.category())).append("</small></li>");
		}
		if (entries.isEmpty()) {
			html.append("<li>").append(escape(text(language, "nothing"))).append("</li>");
		}
		return html.append("</ul></body></html>").toString();
	}

	@GetMapping(path = "/faq/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String entryPage(@PathVariable long id, @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		Language language = Language.asked(lang, accepted);
		FaqView entry = knowledgeBase.publicEntry(id);
		return head(language, entry.question(), "/faq/" + id) + "<p><a href=\"/faq?lang=" + language.code() + "\">"
				+ escape(text(language, "all")) + "</a></p><h2 lang=\"" + escape(entry.language()) + "\">"
				+ escape(entry.question()) + "</h2><div lang=\"" + escape(entry.language())
				+ "\" style=\"white-space: pre-wrap\">" + escape(entry.answer()) + "</div></body></html>";
	}

	/** The page's head in the reader's language, with links to the same page in each other language. */
	private static String head(Language language, String title, String path) {
		StringBuilder switcher = new StringBuilder("<nav class=\"languages\">");
		for (Language other : Language.values()) {
			switcher.append(other == language ? "<strong>" + other.code() + "</strong>"
					: "<a href=\"" + path + "?lang=" + other.code() + "\" hreflang=\"" + other.code() + "\">" + other.code()
							+ "</a>").append(' ');
		}
		return "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
				+ escape(title) + "</title></head><body style=\"font-family: sans-serif; max-width: 50em; margin: 2em auto\">"
				+ switcher + "</nav><h1>" + escape(text(language, "title")) + "</h1>";
	}

	private static String text(Language language, String key) {
		return CustomerTexts.text(language, "faq." + key);
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
