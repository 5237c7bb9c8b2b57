package io.ticketflow.mail;

import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.internal.StoredAccount;
import io.ticketflow.mail.internal.StoredAccountRepository;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes the help desk reads: the configured ones, the embedded server's when it runs, and added ones. */
public class MailAccounts {

	private static final Set<String> PROTOCOLS = Set.of("imap", "imaps", "pop3", "pop3s");

	private final List<Account> fixed;

	private final StoredAccountRepository stored;

	private final Rights rights;

	private final Clock clock;

	private final String triageQueue;

	/** @param triageQueue where a mailbox without a queue of its own delivers */
	public MailAccounts(List<Account> fixed, StoredAccountRepository stored, Rights rights, Clock clock,
			String triageQueue) {
		this.clock = clock;
		this.triageQueue = triageQueue;
		this.fixed = fixed.stream().map(this::withQueue).toList();
		this.stored = stored;
		this.rights = rights;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		List<Account> all = new ArrayList<>(fixed);
		stored.findAllByOrderById().stream().map(StoredAccount::account).forEach(all::add);
		return all;
	}

	/** What administrators see: everything but the passwords. */
	public List<AccountView> list(String admin) {
		rights.requireAdmin(admin);
		return all().stream().map(a -> new AccountView(a.name(), a.protocol(), a.host(), a.port(), a.username(),
				a.folder(), a.queue(), a.trusted())).toList();
	}

	@Transactional
	public AccountView add(String admin, Account account) {
		rights.requireAdmin(admin);
		if (account.protocol() == null || !PROTOCOLS.contains(account.protocol())) {
			throw new InvalidInputException("protocol", "one of imap, imaps, pop3, pop3s");
		}
		if (account.protocol().startsWith("pop3") && !Account.INBOX.equalsIgnoreCase(account.folder())) {
			throw new InvalidInputException("folder", "a POP3 mailbox has no folder but INBOX");
		}
		if (account.port() < 1 || account.port() > 65535) {
			throw new InvalidInputException("port", "a port from 1 to 65535");
		}
		if (all().stream().anyMatch(a -> a.name().equals(account.name()))) {
			throw new InvalidInputException("name", "a mailbox named " + account.name() + " exists already");
		}
		stored.save(new StoredAccount(withQueue(account), admin, clock.instant()));
		return list(admin).stream().filter(a -> a.name().equals(account.name())).findFirst().orElseThrow();
	}

	private Account withQueue(Account account) {
		return account.queue() != null ? account : new Account(account.name(), account.protocol(), account.host(),
				account.port(), account.username(), account.password(), account.folder(), triageQueue,
				account.trusted());
	}

	public record AccountView(String name, String protocol, String host, int port, String username, String folder,
			String queue, boolean trusted) {
	}
}
