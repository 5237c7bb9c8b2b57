package io.ticketflow.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one MIME part holds: its type, its decoded bytes, its text, its file name. */
final class PartContent {

	private static final Pattern BASE_TYPE = Pattern.compile("^\\s*([\\w.+-]+/[\\w.+-]+)");

	/**
	 * Names senders use for charsets the JDK has under another name. Only exact equivalents: the Hebrew and Arabic
	 * "-i"/"-e" variants differ from the base charset in display direction, not in bytes.
	 */
	private static final Map<String, String> CHARSET_ALIASES = Map.of("iso-8859-8-i", "ISO-8859-8", "iso-8859-8-e",
			"ISO-8859-8", "iso-8859-6-i", "ISO-8859-6", "iso-8859-6-e", "ISO-8859-6", "macintosh", "x-MacRoman",
			"x-mac-cyrillic", "x-MacCyrillic", "x-mac-roman", "x-MacRoman");

	private static final Set<String> KNOWN_ENCODINGS = Set.of("7bit", "8bit", "binary", "base64",
			"quoted-printable", "uuencode", "x-uuencode", "x-uue");

	private PartContent() {
	}

	/**
	 * The part's content type. RFC 2045 says to read a missing or unparsable one as text/plain; a broken parameter
	 * list still leaves a usable base type, which is kept.
	 */
	static ContentType type(Part part) throws MessagingException {
		String raw = part.getContentType();
		if (raw != null) {
			try {
				return new ContentType(raw);
			}
			catch (ParseException e) {
				Matcher base = BASE_TYPE.matcher(raw);
				if (base.find()) {
					return new ContentType(base.group(1));
				}
			}
		}
		return new ContentType("text", "plain", null);
	}

	static String baseType(ContentType type) {
		return type.getBaseType().toLowerCase(Locale.ROOT);
	}

	/** The part's bytes with the transfer encoding undone; an unknown transfer encoding is taken as sent. */
	static byte[] bytes(Part part) throws MessagingException, IOException {
		String encoding = part instanceof MimePart mime ? mime.getEncoding() : null;
		if (encoding != null && !KNOWN_ENCODINGS.contains(encoding.toLowerCase(Locale.ROOT))) {
			try (InputStream in = raw(part)) {
				return in.readAllBytes();
			}
		}
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static InputStream raw(Part part) throws MessagingException, IOException {
		if (part instanceof MimeBodyPart body) {
			return body.getRawInputStream();
		}
		if (part instanceof MimeMessage message) {
			return message.getRawInputStream();
		}
		return part.getInputStream();
	}

	/**
	 * The text in the charset the part declares. A charset the JDK does not know refuses the message rather than
	 * guess: a ticket with garbled text is worse than one in the quarantine.
	 */
	static String text(Part part, ContentType type) throws MessagingException, IOException, UnreadableMailException {
		byte[] bytes = bytes(part);
		String declared = type.getParameter("charset");
		if (declared == null || declared.isBlank()) {
			return undeclared(bytes);
		}
		return new String(bytes, charset(declared));
	}

	/**
	 * No charset means US-ASCII (RFC 2045), read as ISO-8859-1 so that stray 8-bit bytes survive. Only when the 8-bit
	 * bytes are valid UTF-8 are they read as UTF-8: that is what clients send when they forget the charset, and
	 * ISO-8859-1 text practically never forms valid UTF-8.
	 */
	private static String undeclared(byte[] bytes) {
		String utf8 = strictUtf8(bytes);
		return utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static Charset charset(String declared) throws UnreadableMailException {
		String name = declared.strip();
		String alias = CHARSET_ALIASES.get(name.toLowerCase(Locale.ROOT));
		try {
			return Charset.forName(alias != null ? alias : MimeUtility.javaCharset(name));
		}
		catch (IllegalArgumentException e) {
			throw new UnreadableMailException("unknown charset: " + name, e);
		}
	}

	/** The file name, decoded, without any directory a sender's client put in front of it; null when none. */
	static String filename(Part part) {
		String name;
		try {
			name = part.getFileName();
		}
		catch (MessagingException e) {
			return null;
		}
		if (name == null) {
			return null;
		}
		name = repairUtf8(decodeWords(name.strip()));
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? null : name;
	}

	/** RFC 2047 in a file name is not standard, but common; Jakarta Mail only decodes it when told JVM-wide. */
	private static String decodeWords(String name) {
		if (!name.contains("=?")) {
			return name;
		}
		try {
			return MimeUtility.decodeText(name);
		}
		catch (UnsupportedEncodingException | RuntimeException e) {
			return name;
		}
	}

	/**
	 * Part headers are read byte by byte as ISO-8859-1, so a raw UTF-8 file name arrives as mojibake. When the
	 * characters are all bytes and those bytes are valid UTF-8, UTF-8 is what the sender wrote.
	 */
	private static String repairUtf8(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) > 0xFF) {
				return s;
			}
		}
		String utf8 = strictUtf8(s.getBytes(StandardCharsets.ISO_8859_1));
		return utf8 != null ? utf8 : s;
	}

	/** The bytes as UTF-8 if they contain 8-bit bytes and are valid UTF-8; null otherwise. */
	private static String strictUtf8(byte[] bytes) {
		boolean eightBit = false;
		for (byte b : bytes) {
			eightBit |= b < 0;
		}
		if (!eightBit) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}
}
