package io.ticketflow.ticket.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A file of an article. Written once, never changed. */
@Entity
@Immutable
@Table(name = "attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private String filename;

	private String contentType;

	private long sizeBytes;

	private byte[] content;

	private Instant createdAt;

	protected Attachment() {
	}

	public Attachment(long articleId, String filename, String contentType, byte[] content, Instant at) {
		this.articleId = articleId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.createdAt = at;
	}

	public Long id() { return id; }
	public Long articleId() { return articleId; }
	public String filename() { return filename; }
	public String contentType() { return contentType; }
	public long sizeBytes() { return sizeBytes; }
	public byte[] content() { return content; }

	/** The digest its article's hash covers. */
	public String digest() {
		return ArticleSeal.attachment(content, filename, contentType);
	}
}
