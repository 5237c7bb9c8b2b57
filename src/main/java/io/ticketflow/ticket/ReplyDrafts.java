package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start of a reply, as OTRS's composer prepares it: to the customer, a copy to everyone else the quoted mail was
 * written to (never to the help desk's own addresses), the ticket's subject, and the message quoted in the customer's
 * language. Only what the customer has seen is quoted: an internal note never slips into a reply this way.
 */
@Service
@Transactional(readOnly = true)
public class ReplyDrafts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");

	private final TicketLedger ledger;

	private final ArticleRepository articles;

	private final QueueRepository queues;

	private final Customers customers;

	private final TicketQueries queries;

	private final List<OwnAddresses> own;

	ReplyDrafts(TicketLedger ledger, ArticleRepository articles, QueueRepository queues, Customers customers,
			TicketQueries queries, List<OwnAddresses> own) {
		this.own = own;
		this.ledger = ledger;
		this.articles = articles;
		this.queues = queues;
		this.customers = customers;
		this.queries = queries;
	}

	/** A reply to the article, or (null) to the customer's newest message, for a reader who sees the ticket. */
	public ReplyDraft draft(String reader, String number, Long articleId) {
		queries.requireVisible(reader, number);
		Ticket ticket = ledger.ticket(number);
		CustomerView customer = customers.byId(ticket.customerId());
		Article quoted = articleId == null
				? articles.newestFromCustomer(ticket.id(), Limit.of(1)).stream().findFirst().orElse(null)
				: ledger.article(ticket, articleId);
		if (quoted != null && !quoted.visibleForCustomer()) {
			throw new InvalidInputException("article", "article " + articleId + " is internal; the customer never saw it");
		}
		if (quoted == null) {
			return new ReplyDraft(List.of(customer.email()), List.of(), ticket.subject(), null, "");
		}
		return new ReplyDraft(List.of(customer.email()), copies(quoted, customer.email()), ticket.subject(), quoted.id(),
				quote(quoted, customer));
	}

	/** Everyone else the article was written to, as a reply-all: not the customer, not the help desk itself. */
	private List<String> copies(Article quoted, String customer) {
		Set<String> ours = queues.findAll().stream().map(Queue::email).filter(e -> e != null)
			.map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		own.forEach(addresses -> ours.addAll(addresses.all()));
		ours.add(customer.toLowerCase(Locale.ROOT));
		Set<String> copies = new LinkedHashSet<>();
		for (String header : new String[] { quoted.toAddress(), quoted.ccAddress() }) {
			for (String address : addresses(header)) {
				if (!ours.contains(address.toLowerCase(Locale.ROOT))) {
					copies.add(address);
				}
			}
		}
		return List.copyOf(copies);
	}

	/** The addresses of a To or Cc line as the article keeps it ("Name <a@example.com>, b@example.org"). */
	private static List<String> addresses(String header) {
		List<String> found = new ArrayList<>();
		if (header != null) {
			Matcher address = ADDRESS.matcher(header);
			while (address.find()) {
				found.add(address.group());
			}
		}
		return found;
	}

	private static String quote(Article quoted, CustomerView customer) {
		String author = quoted.senderType() == SenderType.CUSTOMER
				? (customer.name() == null ? customer.email() : customer.name() + " <" + customer.email() + ">")
				: quoted.author();
		String header = AutoResponses.fill(CustomerTexts.text(customer.languageOrDefault(), "quote.header"),
				Map.of("date", WHEN.format(quoted.createdAt()), "author", author));
		String lines = quoted.body().strip().lines().map(line -> line.isEmpty() ? ">" : "> " + line)
			.collect(Collectors.joining("\n"));
		return header + "\n" + lines + "\n";
	}
}
