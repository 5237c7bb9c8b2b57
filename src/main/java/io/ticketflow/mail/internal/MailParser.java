package io.ticketflow.mail.internal;

import io.ticketflow.mail.internal.ParsedMail.MailAddress;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads an inbound message from its raw bytes. Lenient where real mail is sloppy, but a message it cannot read
 * faithfully (no sender, a charset it cannot decode, bytes that are no message) is refused with a reason, so that
 * it lands in the quarantine instead of becoming a ticket with mangled text.
 */
@Component
public class MailParser {

	private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>]*)>");

	/** An RFC 5322 field name: printable ASCII except the colon, then the colon. */
	private static final Pattern HEADER_FIELD = Pattern.compile("^[!-9;-~]+[ \t]*:");

	private static final Pattern FIELD_NAME = Pattern.compile("[!-9;-~]+");

	/** RFC 5321: a path holds at most 256 characters, its angle brackets included. */
	private static final int MAX_ADDRESS = 254;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** How far to look for the first header line; a longer first line is no header. */
	private static final int FIRST_LINE_LIMIT = 998;

	private final Session session;

	public MailParser() {
		this.session = Session.getInstance(sessionProperties());
	}

	/*
	 * Only address.strict and allowutf8 are read from the session by MimeMessage; Jakarta Mail reads the other
	 * switches from system properties once per JVM. They are set here for the parts that do honour the session,
	 * while decoding that must not depend on JVM-wide settings (encoded file names, charsets) is done in PartContent.
	 */
	private static Properties sessionProperties() {
		Properties props = new Properties();
		props.setProperty("mail.mime.decodefilename", "true");
		props.setProperty("mail.mime.decodeparameters", "true");
		props.setProperty("mail.mime.allowutf8", "true");
		props.setProperty("mail.mime.address.strict", "false");
		props.setProperty("mail.mime.base64.ignoreerrors", "true");
		props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
		props.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
		props.setProperty("mail.mime.parameters.strict", "false");
		return props;
	}

	public ParsedMail parse(byte[] raw) throws UnreadableMailException {
		byte[] message = withoutMboxSeparator(raw);
		checkLooksLikeMail(message);
		try {
			return read(new MimeMessage(session, new ByteArrayInputStream(message)));
		}
		catch (MessagingException | IOException e) {
			throw new UnreadableMailException("malformed MIME: " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			// a parser bug on odd input must quarantine this one message, not stop the whole intake
			throw new UnreadableMailException("malformed MIME: " + e, e);
		}
	}

	private ParsedMail read(MimeMessage message) throws MessagingException, IOException, UnreadableMailException {
		String returnPath = returnPath(first(message, "Return-Path"));
		MailAddress from = sender(message, returnPath);
		MimeWalker body = new MimeWalker(session);
		body.walk(message);
		List<String> inReplyTo = messageIds(first(message, "In-Reply-To"));
		return new ParsedMail(blankToNull(first(message, "Message-ID")), inReplyTo.isEmpty() ? null : inReplyTo.get(0),
				messageIds(first(message, "References")), from, Addresses.read(message, "To"),
				Addresses.read(message, "Cc"), returnPath, subject(message), body.textBody(), body.htmlBody(),
				body.attachments(), headers(message));
	}

	/** A message saved from a mailbox file may start with its "From sender date" separator, which is no header. */
	private static byte[] withoutMboxSeparator(byte[] raw) {
		if (raw == null || raw.length < 5 || !new String(raw, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")
				|| HEADER_FIELD.matcher(firstLine(raw)).find()) {
			return raw;
		}
		int next = firstLine(raw).length();
		if (next < raw.length && raw[next] == '\r') {
			next++;
		}
		if (next < raw.length && raw[next] == '\n') {
			next++;
		}
		return Arrays.copyOfRange(raw, next, raw.length);
	}

	/**
	 * Jakarta Mail turns any bytes into a message: a line without a colon becomes a header named after the line. A
	 * message has to start with a header field; anything else is no mail at all.
	 */
	private static void checkLooksLikeMail(byte[] raw) throws UnreadableMailException {
		if (raw == null || raw.length == 0) {
			throw new UnreadableMailException("not a mail message: empty input");
		}
		String firstLine = firstLine(raw);
		if (firstLine.isBlank()) {
			throw new UnreadableMailException("not a mail message: no header fields");
		}
		if (!HEADER_FIELD.matcher(firstLine).find()) {
			throw new UnreadableMailException("not a mail message: it does not start with a header field");
		}
	}

	private static String firstLine(byte[] raw) {
		int end = 0;
		while (end < raw.length && end < FIRST_LINE_LIMIT && raw[end] != '\n' && raw[end] != '\r') {
			end++;
		}
		return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
	}

	/** From, else Sender, else the Return-Path: whoever a reply or a bounce would go to. */
	private static MailAddress sender(MimeMessage message, String returnPath)
			throws MessagingException, UnreadableMailException {
		for (String name : List.of("From", "Sender")) {
			List<MailAddress> found = Addresses.read(message, name);
			if (!found.isEmpty()) {
				return usable(found.get(0));
			}
		}
		if (returnPath != null && !returnPath.isEmpty()) {
			return usable(new MailAddress(returnPath.toLowerCase(Locale.ROOT), null));
		}
		throw new UnreadableMailException("no sender");
	}

	/** The sender becomes a customer: an address no mail server would accept cannot be one. */
	private static MailAddress usable(MailAddress sender) throws UnreadableMailException {
		if (sender.address().length() > MAX_ADDRESS) {
			throw new UnreadableMailException("the sender's address is longer than " + MAX_ADDRESS + " characters");
		}
		if (CONTROL.matcher(sender.address()).find()) {
			throw new UnreadableMailException("the sender's address contains control characters");
		}
		return sender;
	}

	private static String subject(MimeMessage message) throws MessagingException {
		String subject = message.getSubject();
		return subject == null ? "" : subject.strip();
	}

	private static String returnPath(String value) {
		if (value == null) {
			return null;
		}
		Matcher bracketed = MESSAGE_ID.matcher(value);
		return (bracketed.find() ? bracketed.group(1) : value).strip();
	}

	/** Every {@code <id>} in a header, in order; folding may have put white space inside an id. */
	private static List<String> messageIds(String value) {
		if (value == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher m = MESSAGE_ID.matcher(value);
		while (m.find()) {
			String id = m.group(1).replaceAll("\\s+", "");
			if (!id.isEmpty()) {
				ids.add("<" + id + ">");
			}
		}
		return List.copyOf(ids);
	}

	private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		Enumeration<Header> all = message.getAllHeaders();
		while (all.hasMoreElements()) {
			Header h = all.nextElement();
			String name = h.getName().strip().toLowerCase(Locale.ROOT);
			// a stray line in the header block comes back as a "header" named after the whole line
			if (FIELD_NAME.matcher(name).matches()) {
				headers.computeIfAbsent(name, k -> new ArrayList<>()).add(decode(h.getValue()));
			}
		}
		headers.replaceAll((name, values) -> List.copyOf(values));
		return Collections.unmodifiableMap(headers);
	}

	/** Unfolded and decoded; a value with an encoded word in a charset the JDK lacks stays as it was sent. */
	private static String decode(String value) {
		if (value == null) {
			return "";
		}
		String unfolded = MimeUtility.unfold(value).strip();
		try {
			return MimeUtility.decodeText(unfolded);
		}
		catch (UnsupportedEncodingException | RuntimeException e) {
			return unfolded;
		}
	}

	private static String first(MimeMessage message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]).strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
