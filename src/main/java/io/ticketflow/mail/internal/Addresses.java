package io.ticketflow.mail.internal;

import io.ticketflow.mail.internal.ParsedMail.MailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads address headers the way senders write them, not only the way RFC 5322 says they should. */
final class Addresses {

	/** What cannot be part of an address found in a header the address parser gives up on. */
	private static final Set<Character> DELIMITERS = " \t\r\n\f<>\"',;:()[]".chars().mapToObj(c -> (char) c)
		.collect(Collectors.toUnmodifiableSet());

	/** What a display name may hide an address-like text in: encoded words, quoted strings, comments. */
	private static final Pattern NOT_AN_ADDRESS = Pattern
		.compile("=\\?[^?\\s]+\\?[bBqQ]\\?[^?\\s]*\\?=|\"[^\"]*\"?|\\([^()]*\\)?");

	/** An address as it should come out of the parser: no white space, no brackets, no quotes. */
	private static final Pattern PLAIN_ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"\\\\]+");

	private Addresses() {
	}

	/** Every address of all headers of that name, groups expanded; an empty list when there is none. */
	static List<MailAddress> read(MimeMessage message, String header) throws MessagingException {
		String value = message.getHeader(header, ",");
		return value == null || value.isBlank() ? List.of() : parse(MimeUtility.unfold(value));
	}

	private static List<MailAddress> parse(String value) {
		InternetAddress[] parsed;
		try {
			parsed = InternetAddress.parseHeader(value, false);
		}
		catch (AddressException e) {
			return salvage(value);
		}
		List<MailAddress> addresses = new ArrayList<>();
		for (InternetAddress a : parsed) {
			for (InternetAddress member : members(a)) {
				MailAddress address = of(member);
				if (address != null && !PLAIN_ADDRESS.matcher(address.address()).matches()) {
					// the lenient parser accepted a broken header; what it made of it is no address
					return salvage(value);
				}
				if (address != null) {
					addresses.add(address);
				}
			}
		}
		return List.copyOf(addresses);
	}

	/** "undisclosed-recipients:;" is a group without members, not an address. */
	private static List<InternetAddress> members(InternetAddress a) {
		if (!a.isGroup()) {
			return List.of(a);
		}
		try {
			InternetAddress[] group = a.getGroup(false);
			return group == null ? List.of() : List.of(group);
		}
		catch (AddressException e) {
			return List.of();
		}
	}

	/** A display name is one line: a CR or LF in it (an encoded one, say) is no line break of the header. */
	private static MailAddress of(InternetAddress a) {
		String address = a.getAddress() == null ? "" : a.getAddress().strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty()) {
			return null;
		}
		String name = a.getPersonal() == null ? null : Fitted.line(a.getPersonal(), Integer.MAX_VALUE);
		return new MailAddress(address, name == null || name.isEmpty() ? null : name);
	}

	/**
	 * The addresses of a header the parser gives up on, in their order: those in angle brackets, then bare ones
	 * outside display names, so that a name like "=?UTF-8?Q?Bob=0D=0ABcc:_victim@example.com?=" never becomes the
	 * sender. Scanned by hand, in linear time: a regular expression would backtrack for ages over a megabyte-long
	 * header without an address.
	 */
	static List<MailAddress> salvage(String value) {
		TreeMap<Integer, String> found = new TreeMap<>();
		StringBuilder rest = new StringBuilder(value);
		int from = 0;
		for (int open = value.indexOf('<'); open >= 0; open = value.indexOf('<', from)) {
			int close = value.indexOf('>', open);
			if (close < 0) {
				break;
			}
			int start = value.lastIndexOf('<', close) + 1;
			String inside = value.substring(start, close).strip();
			if (isAddress(inside)) {
				found.put(start, inside);
				blank(rest, start - 1, close + 1);
			}
			from = close + 1;
		}
		Matcher names = NOT_AN_ADDRESS.matcher(rest);
		while (names.find()) {
			blank(rest, names.start(), names.end());
		}
		bare(rest, found);
		return found.values().stream().map(a -> new MailAddress(a.toLowerCase(Locale.ROOT), null)).toList();
	}

	/** Around each @, the characters an address may hold. */
	private static void bare(CharSequence text, Map<Integer, String> found) {
		for (int at = indexOf(text, '@', 0); at >= 0; at = indexOf(text, '@', at + 1)) {
			int start = at;
			while (start > 0 && !DELIMITERS.contains(text.charAt(start - 1))) {
				start--;
			}
			int end = at + 1;
			while (end < text.length() && !DELIMITERS.contains(text.charAt(end))) {
				end++;
			}
			if (start < at && end > at + 1) {
				found.put(start, text.subSequence(start, end).toString());
			}
			at = end;
		}
	}

	private static boolean isAddress(String text) {
		int at = text.indexOf('@');
		return at > 0 && at < text.length() - 1 && text.chars().noneMatch(c -> DELIMITERS.contains((char) c));
	}

	private static int indexOf(CharSequence text, char wanted, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}
}
