package io.ticketflow.mail.internal;

import java.util.List;

/**
 * Text from a mail made fit for a database column. PostgreSQL refuses NUL in text, a lone surrogate cannot be
 * stored as UTF-8, and every column has a length: a value that breaks one of these would make the whole message
 * fail, so it is mended here. The raw message keeps what was really sent.
 */
public final class Fitted {

	private static final char REPLACEMENT = '\uFFFD';

	private static final String MORE = "…";

	private Fitted() {
	}

	/** Any text: NUL and lone surrogates become U+FFFD, line breaks stay. */
	public static String text(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1));
			boolean bad = c == 0 || (Character.isSurrogate(c) && !pair);
			if (bad && out == null) {
				out = new StringBuilder(value.length()).append(value, 0, i);
			}
			if (out != null) {
				out.append(bad ? REPLACEMENT : c);
				if (pair) {
					out.append(value.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return out == null ? value : out.toString();
	}

	/** One line of text, e.g. a subject or a name: control characters (line breaks too) become spaces. */
	public static String line(String value, int max) {
		String text = text(value);
		return text == null ? null : cut(text.replaceAll("\\p{Cntrl}", " ").strip(), max);
	}

	/** At most max characters, never splitting a surrogate pair; a shortened value ends with an ellipsis. */
	public static String cut(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max - MORE.length();
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + MORE;
	}

	/** Whole items joined by the separator up to max characters; what does not fit is counted at the end. */
	public static String list(List<String> items, String separator, int max) {
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			String item = text(items.get(i));
			String more = separator + "… (" + (items.size() - i) + " more)";
			boolean last = i == items.size() - 1;
			int needed = joined.length() + (i == 0 ? 0 : separator.length()) + item.length();
			if (needed > max || (!last && needed + more.length() > max)) {
				return joined.isEmpty() ? cut(item, max) : joined.append(more).toString();
			}
			joined.append(i == 0 ? "" : separator).append(item);
		}
		return joined.isEmpty() ? null : joined.toString();
	}
}
