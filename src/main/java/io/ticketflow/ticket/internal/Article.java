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

	private String enteredBy;

	protected Article() {
	}

	public Article(ArticleDraft draft, long ticketId) {
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
		this.createdAt = Instant.now();
		this.enteredBy = draft.enteredBy();
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
	public String enteredBy() { return enteredBy; }
}
