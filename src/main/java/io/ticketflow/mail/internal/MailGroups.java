package io.ticketflow.mail.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a chunk of messages into groups that may be taken in parallel: messages of one sender, and messages that
 * answer each other (by Message-ID), stay in one group in their mailbox order, so a reply is never taken before
 * the message that opened its ticket.
 */
final class MailGroups {

	private static final Pattern ID = Pattern.compile("<[^<>]+>");

	private MailGroups() {
	}

	static Collection<List<Message>> of(Message[] chunk) {
		int[] parent = new int[chunk.length];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		Map<String, Integer> firstByKey = new HashMap<>();
		for (int i = 0; i < chunk.length; i++) {
			for (String key : keys(chunk[i])) {
				Integer first = firstByKey.putIfAbsent(key, i);
				if (first != null) {
					union(parent, first, i);
				}
			}
		}
		Map<Integer, List<Message>> groups = new LinkedHashMap<>();
		for (int i = 0; i < chunk.length; i++) {
			groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(chunk[i]);
		}
		return groups.values();
	}

	/**
	 * The sender and every Message-ID the message carries or refers to, read from the raw headers: a header that does
	 * not parse must not stop the chunk, it only leaves the message in a group of its own. The message itself is
	 * read, or quarantined, later on its own.
	 */
	private static List<String> keys(Message message) {
		try {
			return readKeys(message);
		}
		catch (MessagingException | RuntimeException unreadable) {
			return List.of();
		}
	}

	private static List<String> readKeys(Message message) throws MessagingException {
		List<String> keys = new ArrayList<>();
		String[] from = message.getHeader("From");
		if (from != null && from.length > 0) {
			Addresses.salvage(from[0]).stream().findFirst().ifPresent(sender -> keys.add("from:" + sender.address()));
		}
		for (String header : new String[] { "Message-ID", "In-Reply-To", "References" }) {
			String[] values = message.getHeader(header);
			if (values != null) {
				for (String value : values) {
					Matcher ids = ID.matcher(value);
					while (ids.find()) {
						keys.add("id:" + ids.group());
					}
				}
			}
		}
		return keys;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, b)] = find(parent, a);
	}
}
