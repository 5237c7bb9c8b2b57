package io.ticketflow.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What can be read from the raw header block of a message that the parser refuses or that is too large to parse. */
public final class RawHeaders {

	/** The header block of a sane message ends long before this. */
	private static final int LIMIT = 1024 * 1024;

	private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^message-id[ \\t]*:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)");

	private static final Pattern BRACKETED = Pattern.compile("<[^<>\\s]*>");

	private RawHeaders() {
	}

	/** The Message-ID as the sender wrote it, best effort; null when there is none. */
	public static String messageId(byte[] raw) {
		String head = new String(raw, 0, Math.min(raw.length, LIMIT), StandardCharsets.ISO_8859_1);
		int end = head.indexOf("\r\n\r\n");
		if (end < 0) {
			end = head.indexOf("\n\n");
		}
		Matcher field = MESSAGE_ID.matcher(end < 0 ? head : head.substring(0, end));
		if (!field.find()) {
			return null;
		}
		String value = field.group(1).replaceAll("\\s+", " ").strip();
		Matcher id = BRACKETED.matcher(value);
		String found = id.find() ? id.group() : value;
		return found.isEmpty() ? null : found;
	}
}
