package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.ArticleDraft;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.SenderType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One message or note of a ticket. Written once, never changed. */
@Entity
@Immutable
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = IdSequences.BLOCK)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private SenderType senderType;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private boolean visibleForCustomer;

	private String author;

	private String fromAddress;

	private String toAddress;

	private String ccAddress;

	private String subject;

	private String body;

	private String bodyHtml;

	private String messageId;

	private String inReplyTo;

	private String referencesHeader;

	private Instant createdAt;

	private String previousHash;

	private String hash;

	private String enteredBy;

	private String reviewedBy;

	protected Article() {
	}

	/** A new article, chained to the ticket's newest one; its hash covers the files it comes with. */
	public Article(ArticleDraft draft, long ticketId, Instant at, String previousHash) {
		this.ticketId = ticketId;
		this.senderType = draft.senderType();
		this.channel = draft.channel();
		this.visibleForCustomer = draft.visibleForCustomer();
		this.author = draft.author();
		this.fromAddress = draft.from();
		this.toAddress = draft.to();
		this.ccAddress = draft.cc();
		this.subject = draft.subject();
		this.body = draft.body();
		this.bodyHtml = draft.bodyHtml();
		this.messageId = draft.messageId();
		this.inReplyTo = draft.inReplyTo();
		this.referencesHeader = draft.references();
		// the database keeps microseconds: the hash must cover what is read back
		this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
		this.enteredBy = draft.enteredBy();
		this.reviewedBy = draft.reviewedBy();
		this.previousHash = previousHash;
		this.hash = computeHash(draft.attachments().stream()
			.map(a -> ArticleSeal.attachment(a.content(), a.filename(), a.contentType()))
			.toList());
	}

	/** The hash over the article as it is now, with its files' digests in the order they were written. */
	public String computeHash(List<String> attachmentDigests) {
		return ArticleSeal.article(previousHash, sealedFields(), attachmentDigests);
	}

	/**
	 * What the hash covers, in this order (the migration that sealed older articles reads the same columns).
	 * Everything but the id, which the database hands out.
	 */
	private List<String> sealedFields() {
		List<String> fields = new ArrayList<>(Arrays.asList(String.valueOf(ticketId), senderType.name(), channel.name(),
				String.valueOf(visibleForCustomer), author, fromAddress, toAddress, ccAddress, subject, body, bodyHtml,
				messageId, inReplyTo, referencesHeader, createdAt.toString()));
		if (enteredBy != null) {
			fields.add(enteredBy); // articles written before it was kept were sealed without it
		}
		if (reviewedBy != null) {
			fields.add("reviewed by " + reviewedBy); // named, so that it cannot pass for enteredBy
		}
		return fields;
	}

	public Long id() { return id; }
	public Long ticketId() { return ticketId; }
	public SenderType senderType() { return senderType; }
	public Channel channel() { return channel; }
	public boolean visibleForCustomer() { return visibleForCustomer; }
	public String author() { return author; }
	public String fromAddress() { return fromAddress; }
	public String toAddress() { return toAddress; }
	public String ccAddress() { return ccAddress; }
	public String subject() { return subject; }
	public String body() { return body; }
	public String bodyHtml() { return bodyHtml; }
	public String messageId() { return messageId; }
	public String inReplyTo() { return inReplyTo; }
	public String referencesHeader() { return referencesHeader; }
	public Instant createdAt() { return createdAt; }
	public String previousHash() { return previousHash; }
	public String hash() { return hash; }
	public String enteredBy() { return enteredBy; }
	public String reviewedBy() { return reviewedBy; }
}
