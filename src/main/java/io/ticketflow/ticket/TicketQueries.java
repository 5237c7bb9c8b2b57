package io.ticketflow.ticket;

import io.ticketflow.customer.Customers;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.KeptValues;
import io.ticketflow.shared.NotFoundException;
import io.ticketflow.ticket.internal.Article;
import io.ticketflow.ticket.internal.ArticleRepository;
import io.ticketflow.ticket.internal.AttachmentRepository.AttachmentInfo;
import io.ticketflow.ticket.internal.AttachmentRepository;
import io.ticketflow.ticket.internal.HistoryRepository;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.Ticket;
import io.ticketflow.ticket.internal.TicketLedger;
import io.ticketflow.ticket.internal.TicketRepository;
import io.ticketflow.ticket.internal.TicketSearch;
import io.ticketflow.ticket.internal.TicketViews;
import io.ticketflow.ticket.internal.TimeEntryRepository;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading tickets, their conversation and their history. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	private final TicketLedger ledger;

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final HistoryRepository history;

	private final QueueRepository queues;

	private final Customers customers;

	private final TicketViews views;

	private final Rights rights;

	private final AttachmentRepository attachments;

	private final TicketSettings settings;

	private final TicketSearch search;

	private final TimeEntryRepository time;

	/**
	 * A list's total from {@code ticketflow.tickets.keep-totals-from} (1,000) tickets on is kept for {@code
	 * ticketflow.tickets.keep-totals-for} (15 s) per reader and filter and counted again in the background when a
	 * page finds it older: counting a million closed tickets takes a fifth of a second. Smaller totals are counted
	 * with each page.
	 */
	private final KeptValues<Object, Long> totals;

	private final long keepTotalsFrom;

	/**
	 * A list of at most {@code ticketflow.tickets.read-by-ids-up-to} (5,000) tickets, such as a company's, is read by
	 * the ids of all its tickets in order, then the page's tickets. Asked for a page alone, PostgreSQL expects the
	 * list's tickets to be spread evenly among all and walks every ticket newest first until it has the page: past
	 * every newer ticket when the list's are old (43 ms past 100,000 open tickets for a company of 2,000 closed ones,
	 * the whole table for a company that has not written for years). Reading 5,000 ids takes about 10 ms.
	 */
	private final long readByIdsUpTo;

	TicketQueries(TicketLedger ledger, TicketRepository tickets, ArticleRepository articles,
			HistoryRepository history, QueueRepository queues, Customers customers, TicketViews views, Rights rights,
			AttachmentRepository attachments, TicketSettings settings, TicketSearch search, TimeEntryRepository time,
			@Value("${ticketflow.tickets.keep-totals-for:PT15S}") Duration keepTotalsFor,
			@Value("${ticketflow.tickets.keep-totals-from:1000}") long keepTotalsFrom,
			@Value("${ticketflow.tickets.read-by-ids-up-to:5000}") long readByIdsUpTo, Clock clock) {
		this.totals = new KeptValues<>("list-totals", keepTotalsFor, clock);
		this.keepTotalsFrom = keepTotalsFrom;
		this.readByIdsUpTo = readByIdsUpTo;
		this.search = search;
		this.time = time;
		this.settings = settings;
		this.rights = rights;
		this.attachments = attachments;
		this.ledger = ledger;
		this.tickets = tickets;
		this.articles = articles;
		this.history = history;
		this.queues = queues;
		this.customers = customers;
		this.views = views;
	}

	@PreDestroy
	void stop() {
		totals.stop();
	}

	/** Refuses a reader who may not see the ticket: agents see the tickets of their queues only. */
	public void requireVisible(String actor, String number) {
		Ticket ticket = ledger.ticket(number);
		rights.requireMaySee(actor, ledger.queueGroup(ticket));
	}

	public TicketView ticket(String number) {
		return views.of(ledger.ticket(number));
	}

	public TicketView ticket(long id) {
		return views.of(ledger.ticket(id));
	}

	public List<ArticleView> articles(String number) {
		return articles(ledger.ticket(number).id());
	}

	/** The conversation, oldest first, each article with the names, types and sizes of its files. */
	public List<ArticleView> articles(long ticketId) {
		return withFiles(articles.findByTicketIdOrderByIdAsc(ticketId));
	}

	/**
	 * The conversation a page at a time, newest first: a ticket may have hundreds of articles. The articles of the
	 * tickets merged into this one (and into those) are part of it, each marked with its ticket's number.
	 */
	public Page<ArticleView> conversation(String number, Pageable page) {
		long id = ledger.ticket(number).id();
		Set<Long> all = new HashSet<>(Set.of(id));
		for (List<Long> merged = tickets.mergedInto(all); !all.containsAll(merged); merged = tickets.mergedInto(all)) {
			all.addAll(merged);
		}
		Page<Article> slice = all.size() == 1 ? articles.findByTicketIdOrderByIdDesc(id, page)
				: articles.findByTicketIdInOrderByIdDesc(all, page);
		Map<Long, String> numbers = new HashMap<>();
		for (Article article : slice.getContent()) {
			if (article.ticketId() != id) {
				numbers.computeIfAbsent(article.ticketId(), other -> ledger.ticket(other).number());
			}
		}
		return new PageImpl<>(withFiles(slice.getContent(), numbers), page, slice.getTotalElements());
	}

	private List<ArticleView> withFiles(List<Article> conversation) {
		return withFiles(conversation, Map.of());
	}

	/** The articles with their files; those of other tickets marked with the ticket's number. */
	private List<ArticleView> withFiles(List<Article> conversation, Map<Long, String> mergedFrom) {
		Map<Long, List<AttachmentView>> files = attachments
			.findByArticleIdIn(conversation.stream().map(Article::id).toList()).stream()
			.collect(Collectors.groupingBy(AttachmentInfo::getArticleId, Collectors.mapping(
					f -> new AttachmentView(f.getId(), f.getFilename(), f.getContentType(), f.getSizeBytes()),
					Collectors.toList())));
		return conversation.stream().map(a -> TicketViews.of(a, files.getOrDefault(a.id(), List.of()),
				mergedFrom.get(a.ticketId()))).toList();
	}

	/** A file of one of the ticket's articles. */
	public AttachmentContent attachment(String number, long attachmentId) {
		long ticketId = ledger.ticket(number).id();
		return attachments.findById(attachmentId)
			.filter(a -> articles.findByTicketIdOrderByIdAsc(ticketId).stream().anyMatch(x -> x.id().equals(a.articleId())))
			.map(a -> new AttachmentContent(a.filename(), a.contentType(), a.content()))
			.orElseThrow(() -> new NotFoundException("ticket " + number + " has no attachment " + attachmentId));
	}

	public record AttachmentContent(String filename, String contentType, byte[] content) {
	}

	/** The minutes agents entered on the ticket, all together. */
	public long minutesSpent(String number) {
		return time.minutesOf(ledger.ticket(number).id());
	}

	/** One article with the names, types and sizes of its files. */
	public ArticleView article(long articleId) {
		return withFiles(List.of(articles.findById(articleId)
			.orElseThrow(() -> new NotFoundException("no article " + articleId)))).get(0);
	}

	/** The files of an article with their content, for the mail that carries it. */
	public List<AttachmentContent> filesOf(long articleId) {
		return attachments.findByArticleIdOrderById(articleId).stream()
			.map(a -> new AttachmentContent(a.filename(), a.contentType(), a.content())).toList();
	}

	/** The ticket that holds one of these Message-IDs, if any: a reply to our mail belongs to its ticket. */
	public Optional<String> numberByMessageIds(List<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Optional.empty();
		}
		return articles.newestWithMessageIdIn(messageIds, Limit.of(1)).stream().findFirst()
			.map(a -> ledger.ticket(a.ticketId()).number());
	}

	/** Addresses that took part in a ticket's conversation: its customer and every sender so far. */
	public Set<String> participants(String number) {
		Ticket ticket = ledger.ticket(number);
		Set<String> participants = new HashSet<>();
		participants.add(ledger.customerEmail(ticket).toLowerCase(Locale.ROOT));
		articles.findByTicketIdOrderByIdAsc(ticket.id()).stream().map(Article::fromAddress).filter(Objects::nonNull)
			.map(a -> a.toLowerCase(Locale.ROOT)).forEach(participants::add);
		return participants;
	}

	/** The ticket's internal id, for rows of other modules that refer to it. */
	public long idOf(String number) {
		return ledger.ticket(number).id();
	}

	public boolean exists(String number) {
		return tickets.findByNumber(number).isPresent();
	}

	public List<HistoryView> history(String number) {
		return history.findByTicketIdOrderByIdAsc(ledger.ticket(number).id()).stream().map(TicketViews::of).toList();
	}

	public List<QueueView> queues() {
		return queues.findAll().stream().map(q -> TicketViews.of(q, settings.triageQueue())).toList();
	}

	/** The active tickets the actor may see, the newest first: what a picker of tickets offers. */
	public List<TicketView> active(String actor, int limit) {
		List<Specification<Ticket>> specs = new ArrayList<>();
		visibleTo(actor, specs);
		specs.add((t, q, cb) -> t.get("state").in(TicketState.activeStates()));
		PageRequest newestFirst = PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id")));
		return views.of(tickets.findAll(Specification.allOf(specs), newestFirst).getContent());
	}

	/**
	 * The tickets the actor may see that match the filter. With a text, the best matches are looked at
	 * ({@link TicketSearch#CANDIDATES}), best first unless the page asks for another order.
	 */
	public Page<TicketHit> search(String actor, TicketFilter filter, Pageable page) {
		List<Specification<Ticket>> specs = new ArrayList<>();
		visibleTo(actor, specs);
		if (filter.state() != null) {
			specs.add((t, q, cb) -> cb.equal(t.get("state"), filter.state()));
		}
		if (filter.queue() != null) {
			Long queueId = queues.findByName(filter.queue()).map(Queue::id).orElse(-1L);
			specs.add((t, q, cb) -> cb.equal(t.get("queueId"), queueId));
		}
		if (filter.customer() != null) {
			Long customerId = customers.byEmail(filter.customer()).map(c -> c.id()).orElse(-1L);
			specs.add((t, q, cb) -> cb.equal(t.get("customerId"), customerId));
		}
		if (filter.company() != null) {
			specs.add(among("customerId", customers.idsOfCompany(filter.company())));
		}
		if (filter.createdFrom() != null) {
			specs.add((t, q, cb) -> cb.greaterThanOrEqualTo(t.get("createdAt"), filter.createdFrom()));
		}
		if (filter.createdTo() != null) {
			specs.add((t, q, cb) -> cb.lessThan(t.get("createdAt"), filter.createdTo()));
		}
		if (filter.unanswered() != null) {
			specs.add((t, q, cb) -> cb.equal(t.get("answered"), !filter.unanswered()));
		}
		if (Boolean.TRUE.equals(filter.unanswered()) || Boolean.TRUE.equals(filter.active())) {
			specs.add((t, q, cb) -> t.get("state").in(TicketState.activeStates()));
		}
		if (Boolean.TRUE.equals(filter.mine())) {
			specs.add((t, q, cb) -> cb.or(cb.equal(t.get("owner"), actor), cb.equal(t.get("responsible"), actor)));
		}
		if (Boolean.TRUE.equals(filter.myQueues())) {
			specs.add(among("queueId", queues.findAll().stream().filter(queue -> rights.isMember(actor, queue.groupId()))
				.map(Queue::id).toList()));
		}
		if (Boolean.FALSE.equals(filter.active())) {
			specs.add((t, q, cb) -> cb.not(t.get("state").in(TicketState.activeStates())));
		}
		if (filter.text() != null) {
			return found(filter.text(), specs, page);
		}
		Specification<Ticket> matching = Specification.allOf(specs);
		long total = totals.get(List.of(actor, filter), () -> tickets.count(matching), kept -> kept >= keepTotalsFrom);
		List<Ticket> found = total <= readByIdsUpTo && page.isPaged() ? byIds(matching, page)
				: tickets.findBy(matching, query -> query.slice(page)).getContent();
		return new PageImpl<>(views.of(found).stream().map(v -> new TicketHit(v, null, null)).toList(), page, total);
	}

	/** A page of a small list: the ids of all its tickets in order, then the page's tickets. */
	private List<Ticket> byIds(Specification<Ticket> matching, Pageable page) {
		return pageOf(tickets.idsOf(matching, page.getSort()), page);
	}

	/** The page's tickets of the ids in order. */
	private List<Ticket> pageOf(List<Long> ids, Pageable page) {
		List<Long> shown = ids.stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
		Map<Long, Ticket> byId = tickets.findAllById(shown).stream().collect(Collectors.toMap(Ticket::id, t -> t));
		return shown.stream().map(byId::get).toList();
	}

	/**
	 * The best matches of the text among the tickets of the filter, a page of them, each with its snippet. Of the up
	 * to 2,000 matches only the ids are read to order them; the page's tickets alone are loaded.
	 */
	private Page<TicketHit> found(String text, List<Specification<Ticket>> specs, Pageable page) {
		Map<Long, TicketSearch.Match> matches = search.matches(text).stream()
			.collect(Collectors.toMap(TicketSearch.Match::ticketId, m -> m));
		specs.add(among("id", matches.keySet()));
		Specification<Ticket> matching = Specification.allOf(specs);
		List<Long> all = page.getSort().isSorted() ? tickets.idsOf(matching, page.getSort())
				: tickets.idsOf(matching, Sort.unsorted()).stream()
					.sorted(Comparator.comparingDouble((Long id) -> matches.get(id).score()).reversed()
						.thenComparing(Comparator.reverseOrder()))
					.toList();
		List<Ticket> slice = pageOf(all, page);
		Map<Long, String> snippets = search.snippets(text, slice.stream().map(t -> matches.get(t.id())).toList());
		List<TicketView> shown = views.of(slice);
		List<TicketHit> hits = new ArrayList<>();
		for (int i = 0; i < slice.size(); i++) {
			long id = slice.get(i).id();
			hits.add(new TicketHit(shown.get(i), snippets.get(id), matches.get(id).score()));
		}
		return new PageImpl<>(hits, page, all.size());
	}

	private static Specification<Ticket> among(String field, Collection<Long> ids) {
		return (t, q, cb) -> ids.isEmpty() ? cb.disjunction() : t.get(field).in(ids);
	}

	private void visibleTo(String actor, List<Specification<Ticket>> specs) {
		rights.visibleQueueGroups(actor).ifPresent(groups -> {
			specs.add(among("queueId",
					queues.findAll().stream().filter(q -> groups.contains(q.groupId())).map(Queue::id).toList()));
		});
	}
}
