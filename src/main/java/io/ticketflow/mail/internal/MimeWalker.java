package io.ticketflow.mail.internal;

import io.ticketflow.mail.internal.ParsedMail.ParsedAttachment;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the MIME tree of one message and sorts its parts into the readable text, the HTML and the attachments.
 * One walker per message.
 */
final class MimeWalker {

	private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("application/zip", "zip"), Map.entry("application/json", "json"),
			Map.entry("application/xml", "xml"), Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"),
			Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"), Map.entry("image/svg+xml", "svg"),
			Map.entry("text/plain", "txt"), Map.entry("text/html", "html"), Map.entry("text/csv", "csv"),
			Map.entry("text/calendar", "ics"), Map.entry("message/rfc822", "eml"),
			Map.entry("message/delivery-status", "txt"), Map.entry("text/rfc822-headers", "txt"));

	/** Characters that are not allowed, or not safe, in a file name on common systems. */
	private static final String UNSAFE_IN_NAME = "[\\\\/:*?\"<>|\\p{Cntrl}]";

	/** Real mail nests a few levels; thousands of levels are an attack on the stack, not a message. */
	private static final int MAX_DEPTH = 50;

	private final Session session;

	private final StringBuilder text = new StringBuilder();

	private String html;

	private final List<ParsedAttachment> attachments = new ArrayList<>();

	MimeWalker(Session session) {
		this.session = session;
	}

	void walk(Part part) throws MessagingException, IOException, UnreadableMailException {
		walk(part, 0);
	}

	private void walk(Part part, int depth) throws MessagingException, IOException, UnreadableMailException {
		ContentType type = PartContent.type(part);
		String base = PartContent.baseType(type);
		if (base.startsWith("multipart/")) {
			walkMultipart(part, base, depth + 1);
		}
		else if (base.equals("message/rfc822") || base.equals("message/global")) {
			attachMessage(part);
		}
		else if (isBody(part, base)) {
			addBody(part, type, base);
		}
		else {
			attach(part, base, PartContent.filename(part));
		}
	}

	/*
	 * The multipart is read from the part's own data source, so no mailcap entry decides whether a multipart
	 * comes back as a Multipart or as a stream.
	 */
	private void walkMultipart(Part part, String base, int depth)
			throws MessagingException, IOException, UnreadableMailException {
		if (depth > MAX_DEPTH) {
			throw new UnreadableMailException("malformed MIME: parts nested more than " + MAX_DEPTH + " levels deep");
		}
		MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
		if (base.equals("multipart/alternative")) {
			walkAlternative(multipart, depth);
			return;
		}
		for (int i = 0; i < multipart.getCount(); i++) {
			walk(multipart.getBodyPart(i), depth);
		}
	}

	/**
	 * The alternatives say the same thing: the first plain text is the text, the first HTML the HTML, and the others
	 * are dropped. Anything else in there (a nested related part, a calendar invitation) is walked as usual.
	 */
	private void walkAlternative(MimeMultipart alternative, int depth)
			throws MessagingException, IOException, UnreadableMailException {
		boolean plainTaken = false;
		boolean htmlTaken = false;
		for (int i = 0; i < alternative.getCount(); i++) {
			Part part = alternative.getBodyPart(i);
			ContentType type = PartContent.type(part);
			String base = PartContent.baseType(type);
			boolean plain = base.equals("text/plain") && isBody(part, base);
			boolean htmlPart = base.equals("text/html") && isBody(part, base);
			if (plain && !plainTaken) {
				addBody(part, type, base);
				plainTaken = true;
			}
			else if (htmlPart && !htmlTaken && html == null) {
				addBody(part, type, base);
				htmlTaken = true;
			}
			else if (!plain && !htmlPart) {
				walk(part, depth);
			}
		}
	}

	/** Text meant to be read in place: no attachment disposition and no file name of its own. */
	private static boolean isBody(Part part, String base) throws MessagingException {
		if (!base.equals("text/plain") && !base.equals("text/html")) {
			return false;
		}
		String disposition;
		try {
			disposition = part.getDisposition();
		}
		catch (MessagingException e) {
			disposition = null;
		}
		return !Part.ATTACHMENT.equalsIgnoreCase(disposition) && PartContent.filename(part) == null;
	}

	/** Plain texts in a mixed message are read one after the other; a second HTML text is kept as a file. */
	private void addBody(Part part, ContentType type, String base)
			throws MessagingException, IOException, UnreadableMailException {
		if (base.equals("text/html")) {
			if (html == null) {
				html = PartContent.text(part, type);
			}
			else {
				attach(part, base, null);
			}
			return;
		}
		String plain = PartContent.text(part, type);
		if (!text.isEmpty() && !plain.isBlank()) {
			text.append("\n\n");
		}
		text.append(plain);
	}

	/** A forwarded message stays a message: its own text is not the sender's text. */
	private void attachMessage(Part part) throws MessagingException, IOException {
		byte[] raw = PartContent.bytes(part);
		String subject = null;
		try {
			subject = new MimeMessage(session, new ByteArrayInputStream(raw)).getSubject();
		}
		catch (MessagingException e) {
			// the file name falls back to a generated one
		}
		String name = subject == null ? "" : subject.replaceAll(UNSAFE_IN_NAME, "_").strip();
		if (name.length() > 100) {
			name = name.substring(0, 100).strip();
		}
		attachments.add(attachment(name.isEmpty() ? null : name + ".eml", "message/rfc822", raw));
	}

	private void attach(Part part, String base, String filename) throws MessagingException, IOException {
		attachments.add(attachment(filename, base, PartContent.bytes(part)));
	}

	private ParsedAttachment attachment(String filename, String base, byte[] content) {
		String name = filename != null ? filename
				: "attachment-" + (attachments.size() + 1) + "." + EXTENSIONS.getOrDefault(base, "bin");
		return new ParsedAttachment(name, base, content.length, content);
	}

	/** Line endings as \n and no trailing white space; the text of the HTML when there is no plain text. */
	String textBody() {
		String plain = text.toString().replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
		if (plain.isBlank() && html != null) {
			return HtmlText.of(html);
		}
		return plain;
	}

	String htmlBody() {
		return html;
	}

	List<ParsedAttachment> attachments() {
		return List.copyOf(attachments);
	}
}
