package io.ticketflow.ticket.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 seals of articles and their files. An article's hash covers what it says and to whom, its files'
 * digests and the hash of the ticket's article before it, so that a body, a visibility or a file changed in the
 * database, or an article removed, breaks the ticket's article chain. The definition never changes: the articles
 * written before the seal existed were sealed with it by the migration {@code db.migration.V11__Article_chain}.
 * Every field is written with its length, so no two different articles read the same.
 */
public final class ArticleSeal {

	private ArticleSeal() {
	}

	/** A file's digest: its content, name and type. */
	public static String attachment(byte[] content, String filename, String contentType) {
		MessageDigest sha = sha256();
		add(sha, content);
		add(sha, filename);
		add(sha, contentType);
		return HexFormat.of().formatHex(sha.digest());
	}

	/** An article's hash: the hash before it, its fields in {@link Article}'s order, its files' digests in order. */
	public static String article(String previousHash, List<String> fields, List<String> attachmentDigests) {
		MessageDigest sha = sha256();
		add(sha, previousHash);
		fields.forEach(field -> add(sha, field));
		sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(attachmentDigests.size()).array());
		attachmentDigests.forEach(digest -> add(sha, digest));
		return HexFormat.of().formatHex(sha.digest());
	}

	private static void add(MessageDigest sha, String value) {
		add(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
	}

	/** The length first (-1 for null), then the bytes. */
	private static void add(MessageDigest sha, byte[] value) {
		sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
		if (value != null) {
			sha.update(value);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}
}
