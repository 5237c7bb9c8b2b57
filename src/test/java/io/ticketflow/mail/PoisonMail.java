package io.ticketflow.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Mail that has stopped mailboxes elsewhere: broken addresses, over-long headers, NUL bytes, lone surrogates,
 * broken MIME. The files under mail/poison carry {id}, replaced by a token unique to each call, so that every run
 * through a door is new mail; the large and binary ones are generated here.
 */
final class PoisonMail {

	static final List<String> FILES = List.of("from-missing-bracket", "from-stray-bracket", "from-encoded-crlf",
			"recipients-malformed", "header-without-colon", "garbage-content-type", "unknown-transfer-encoding",
			"broken-boundary", "missing-boundary-parameter", "unterminated-nested-multipart", "garbage-encoded-words");

	/** One poisonous message: what it is, and its bytes. */
	record Poison(String name, byte[] raw) {

		/** Whether it has header fields at all; a mail server may store anything else differently. */
		boolean isMail() {
			return raw.length > 0 && Character.isLetter(raw[0]);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	private PoisonMail() {
	}

	/** The whole corpus, new mail each time. */
	static List<Poison> corpus() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		List<Poison> corpus = new ArrayList<>();
		FILES.forEach(name -> corpus.add(file(name, id)));
		corpus.add(manyRecipients(id));
		corpus.add(megabyteSubject(id));
		corpus.add(nulBytes(id));
		corpus.add(loneSurrogates(id));
		corpus.add(longThreadingHeaders(id));
		corpus.add(longSenderAndAttachmentNames(id));
		corpus.add(deeplyNested(id));
		corpus.add(hugeBrokenAddressHeaders(id));
		corpus.add(new Poison("empty", new byte[0]));
		corpus.add(new Poison("only-a-blank-line", "\r\n".getBytes(StandardCharsets.US_ASCII)));
		corpus.add(new Poison("binary-garbage", garbage()));
		return corpus;
	}

	static Poison file(String name, String id) {
		try (InputStream in = PoisonMail.class.getResourceAsStream("/mail/poison/" + name + ".eml")) {
			String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("{id}", id);
			return new Poison(name, crlf(text).getBytes(StandardCharsets.ISO_8859_1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A 94,000-character To: with 5,000 recipients, one per folded line. */
	static Poison manyRecipients(String id) {
		StringBuilder to = new StringBuilder("To: support@localhost");
		for (int i = 0; i < 5000; i++) {
			to.append(",\r\n Recipient ").append(i).append(" <r").append(i).append('-').append(id).append("@example.com>");
		}
		return new Poison("5000-recipients", mail(id, "many-recipients", to + "\r\nSubject: To everyone", "Hello all."));
	}

	/** A subject of one megabyte on one line. */
	static Poison megabyteSubject(String id) {
		String subject = "Subject: " + "Long ".repeat(1024 * 1024 / 5);
		return new Poison("1mb-subject", mail(id, "megabyte-subject", "To: support@localhost\r\n" + subject, "Short body."));
	}

	static Poison nulBytes(String id) {
		String headers = "To: support@localhost\r\nSubject: NUL\0in the subject\r\nX-Note: and\0here";
		return new Poison("nul-bytes", mail(id, "nul-bytes", headers, "A body\0with NUL\0bytes."));
	}

	/**
	 * Surrogates encoded as UTF-8 (ED A0 80 is a lone high surrogate) in a raw subject and body, a UTF-16 encoded
	 * word and a UTF-16 body with an unpaired surrogate, and numeric references to a surrogate and to NUL in HTML.
	 */
	static Poison loneSurrogates(String id) {
		String surrogate = new String(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, StandardCharsets.ISO_8859_1);
		String utf16 = new String(new byte[] { (byte) 0xD8, 0, 0, 'A' }, StandardCharsets.ISO_8859_1);
		String text = "From: =?UTF-16BE?B?2AA=?= <surrogate-" + id + "@example.com>\r\n"
				+ "To: support@localhost\r\nSubject: Lone " + surrogate + " surrogate =?UTF-16BE?B?3AA=?=\r\n"
				+ "Message-ID: <lone-surrogates-" + id + "@example.com>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
				+ "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nA lone " + surrogate + " surrogate.\r\n"
				+ "--b\r\nContent-Type: text/plain; charset=UTF-16BE\r\nContent-Transfer-Encoding: binary\r\n\r\n" + utf16
				+ "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>&#xD800; and &#0; and &#xDFFF;</p>\r\n--b--\r\n";
		return new Poison("lone-surrogates", text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A Message-ID of 3,000 characters and a References: of 2,000 ids. */
	static Poison longThreadingHeaders(String id) {
		StringBuilder references = new StringBuilder("References:");
		for (int i = 0; i < 2000; i++) {
			references.append("\r\n <ref-").append(i).append('-').append(id).append("@example.com>");
		}
		String text = "From: threads-" + id + "@example.com\r\nTo: support@localhost\r\nSubject: Long threading headers\r\n"
				+ "Message-ID: <" + "m".repeat(3000) + "-" + id + "@example.com>\r\n"
				+ "In-Reply-To: <" + "i".repeat(1500) + "@example.com>\r\n" + references
				+ "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nThreaded far too long.\r\n";
		return new Poison("long-threading-headers", text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A sender address of 1,000 characters with a display name of 5,000, and an attachment with a huge name. */
	static Poison longSenderAndAttachmentNames(String id) {
		String text = "From: " + "N".repeat(5000) + " <" + "l".repeat(1000) + "-" + id + "@example.com>\r\n"
				+ "To: support@localhost\r\nSubject: Long names\r\nMessage-ID: <long-names-" + id + "@example.com>\r\n"
				+ "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
				+ "--b\r\nContent-Type: text/plain\r\n\r\nSee the file.\r\n"
				+ "--b\r\nContent-Type: application/x-" + "t".repeat(400) + "\r\n"
				+ "Content-Disposition: attachment; filename=\"" + "f".repeat(3000) + ".txt\"\r\n\r\ncontent\r\n--b--\r\n";
		return new Poison("long-sender-and-file-names", text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** An eighth of a megabyte of a sender's address without its end, and of angle brackets in To: and References:. */
	static Poison hugeBrokenAddressHeaders(String id) {
		String text = "From: <" + "a".repeat(128 * 1024) + "\r\nTo: " + "<".repeat(128 * 1024) + "\r\nReferences: "
				+ "<".repeat(128 * 1024) + "\r\nSubject: Huge broken headers\r\nMessage-ID: <huge-broken-" + id
				+ "@example.com>\r\n\r\nx\r\n";
		return new Poison("huge-broken-address-headers", text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Multiparts nested a thousand levels deep. */
	static Poison deeplyNested(String id) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			body.append("--l").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"l").append(i + 1)
				.append("\"\r\n\r\n");
		}
		body.append("--l1000\r\nContent-Type: text/plain\r\n\r\nDeep down.\r\n");
		String text = "From: deep-" + id + "@example.com\r\nTo: support@localhost\r\nSubject: Deep\r\nMessage-ID: <deep-" + id
				+ "@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"l0\"\r\n\r\n" + body;
		return new Poison("nested-1000-levels", text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A plain mail that must land right after the poison. */
	static byte[] good(String customer, String subject) {
		return Mailboxes.mail(customer, subject, "I come after the poison.", Mailboxes.messageId(), null);
	}

	private static byte[] mail(String id, String name, String headers, String body) {
		String text = "From: Sender <" + name + "-" + id + "@example.com>\r\n" + headers + "\r\nMessage-ID: <" + name + "-"
				+ id + "@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] garbage() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < 4096; i++) {
			out.write((i * 7919 + 13) % 256);
		}
		return out.toByteArray();
	}

	private static String crlf(String text) {
		return text.replace("\r\n", "\n").replace("\n", "\r\n");
	}
}
