package io.ticketflow.ticket;

import java.util.List;

/**
 * Whom a reply goes to and under which subject, as the agent left them in the composer. Empty means the default: the
 * ticket's customer, no copy, the ticket's subject.
 *
 * @param to the addresses the reply goes to instead of the customer's
 * @param cc the addresses that get a copy (reply-all)
 * @param subject the reply's subject; the ticket's tag is added when it lacks it
 */
public record Addressing(List<String> to, List<String> cc, String subject) {

	/** The customer, no copy, the ticket's subject. */
	public static final Addressing DEFAULT = new Addressing(List.of(), List.of(), null);

	public Addressing {
		to = to == null ? List.of() : to.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
		cc = cc == null ? List.of() : cc.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
		subject = subject == null || subject.isBlank() ? null : subject.strip();
	}

	/** With addresses in copy only, as a reply-all. */
	public static Addressing copies(List<String> cc) {
		return new Addressing(List.of(), cc, null);
	}

	/** The addresses the reply goes to, comma-separated: the given ones, or the customer's. */
	public String to(String customer) {
		return to.isEmpty() ? customer : String.join(", ", to);
	}

	/** The addresses in copy, comma-separated, or null for none. */
	public String joinedCc() {
		return cc.isEmpty() ? null : String.join(", ", cc);
	}
}
