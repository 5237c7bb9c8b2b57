package io.ticketflow.faq.internal;

import io.ticketflow.faq.FaqDraft;
import io.ticketflow.faq.FaqState;
import io.ticketflow.faq.FaqView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One version of an FAQ entry, written once. */
@Entity
@Immutable
@Table(name = "faq_version")
public class FaqVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long entryId;

	private int version;

	private String category;

	private String question;

	private String answer;

	private String answerHtml;

	private String keywords;

	private String language;

	@Enumerated(EnumType.STRING)
	private FaqState state;

	private String author;

	private Instant createdAt;

	protected FaqVersion() {
	}

	public FaqVersion(long entryId, int version, FaqDraft draft, String author, Instant at) {
		this.entryId = entryId;
		this.version = version;
		this.category = draft.category();
		this.question = draft.question();
		this.answer = draft.answer();
		this.answerHtml = draft.answerHtml();
		this.keywords = draft.keywords();
		this.language = draft.language();
		this.state = draft.state();
		this.author = author;
		this.createdAt = at;
	}

	public FaqView view() {
		return new FaqView(entryId, version, category, question, answer, answerHtml, keywords, language, state, author,
				createdAt);
	}

	public Long entryId() { return entryId; }
	public String question() { return question; }
	public String answer() { return answer; }
	public String keywords() { return keywords; }
	public String category() { return category; }
	public String language() { return language; }
	public FaqState state() { return state; }
}
