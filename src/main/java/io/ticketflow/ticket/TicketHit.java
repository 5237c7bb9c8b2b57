package io.ticketflow.ticket;

/**
 * A ticket in a list. Found by a text: how well it matches (higher is better) and, where its title or an article
 * matched, the words in their context (HTML-escaped, each matched word a {@code <mark>}); otherwise both null.
 */
public record TicketHit(TicketView ticket, String snippet, Double score) {
}
