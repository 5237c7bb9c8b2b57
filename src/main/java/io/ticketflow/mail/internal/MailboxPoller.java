package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.TemporaryMailFailure;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches new messages from a mailbox, in chunks: one request fetches a chunk's flags and whole messages, one
 * request marks the taken ones deleted. A message is marked only after it is safely in a ticket or in the
 * quarantine. Whatever is wrong with one message concerns that message only; only a database that cannot keep
 * anything, not even in the quarantine, stops the batch and leaves the rest for the next poll. A crash in between
 * leaves messages that are kept already: taking them again finds them and changes nothing.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private static final int CHUNK = 50;

	private static final FetchProfile PROFILE = new FetchProfile();

	static {
		PROFILE.add(FetchProfile.Item.FLAGS);
		PROFILE.add(IMAPFolder.FetchProfileItem.MESSAGE);
	}

	private final MailIngestion ingestion;

	private final ExecutorService workers;

	private final MailSettings settings;

	private final MailMetrics metrics;

	private final Leases leases;

	private final MailHealth health;

	MailboxPoller(MailIngestion ingestion, MailSettings settings,
			@Value("${ticketflow.mail.ingest-threads:3}") int threads, MailMetrics metrics, Leases leases,
			MailHealth health) {
		this.ingestion = ingestion;
		this.health = health;
		this.leases = leases;
		this.metrics = metrics;
		this.settings = settings;
		this.workers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "mail-ingest");
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		workers.shutdown();
	}

	/**
	 * Returns how many messages were taken (and removed from the mailbox). One node at a time reads a mailbox: when
	 * another node is reading it (it holds the mailbox's lease, {@link MailSettings#pollLease}), this one takes
	 * nothing and leaves the mailbox to it.
	 */
	public int poll(Account account) {
		String lease = "mailbox:" + account.name();
		if (!leases.take(lease, settings.pollLease())) {
			return 0;
		}
		try {
			return metrics.poll(account.name(), () -> read(account, lease));
		}
		finally {
			leases.giveBack(lease);
		}
	}

	/**
	 * Reads the mailbox while this node holds its lease, renewing it before each chunk and before marking what was
	 * taken. Two readers must never overlap: a message number is only good until somebody else removes a message,
	 * and not every server keeps the numbers of an open session as IMAP asks, so the other reader's numbers would
	 * mark messages it never took. When the lease has gone to another node, the read stops; what this one took and
	 * did not mark yet stays on the server and is recognised as taken when it is read again.
	 */
	int read(Account account, String lease) {
		Session session = Session.getInstance(sessionProperties(account));
		int taken = 0;
		try (Store store = session.getStore(account.protocol())) {
			store.connect(account.host(), account.port(), account.username(), account.password());
			Folder folder = store.getFolder(account.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] all = folder.getMessages();
				for (int from = 0; from < all.length; from += CHUNK) {
					taken += take(folder, Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK)), account,
							lease);
				}
			}
			catch (TemporaryMailFailure ex) {
				log.warn("mailbox {}: stopped, the rest waits: {}", account.name(), ex.getMessage());
			}
			finally {
				folder.close(true);
			}
			health.read(account.name());
		}
		catch (MessagingException | IOException ex) {
			log.warn("mailbox {} cannot be read now: {}", account.name(), ex.getMessage());
			health.unreadable(account.name(), ex);
		}
		return taken;
	}

	/**
	 * Time limits, so that a mailbox that stops answering cannot hold the poller. Over imaps and pop3s the JVM's trust
	 * store decides which certificates are good and the certificate must name the host; {@code
	 * ticketflow.mail.tls-trust} names hosts (space-separated, or {@code *}) whose certificate is accepted as it is,
	 * without a certificate authority and whatever name it bears, e.g. a self-signed internal server.
	 */
	private Properties sessionProperties(Account account) {
		String prefix = "mail." + account.protocol();
		Properties properties = new Properties();
		properties.put(prefix + ".connectiontimeout", "20000");
		properties.put(prefix + ".timeout", "60000");
		if (account.protocol().endsWith("s")) {
			boolean trusted = trusted(account.host());
			properties.put(prefix + ".ssl.checkserveridentity", String.valueOf(!trusted));
			if (trusted) {
				properties.put(prefix + ".ssl.trust", account.host());
			}
		}
		return properties;
	}

	private boolean trusted(String host) {
		String trust = settings.tlsTrust();
		return trust != null && Arrays.stream(trust.trim().split("\\s+"))
			.anyMatch(t -> t.equals("*") || t.equalsIgnoreCase(host));
	}

	/** Takes a chunk, its independent groups in parallel; marks what was taken even when a group failed. */
	private int take(Folder folder, Message[] chunk, Account account, String lease)
			throws MessagingException, IOException {
		holding(lease);
		folder.fetch(chunk, PROFILE);
		List<Message> taken = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> groups = new ArrayList<>();
		for (List<Message> group : MailGroups.of(chunk)) {
			groups.add(workers.submit(() -> {
				for (Message message : group) {
					byte[] raw = unlessTaken(message, account);
					if (raw != null) {
						ingestion.ingest(raw, account.name(), account.queue(), account.trusted());
						taken.add(message);
					}
				}
				return null;
			}));
		}
		RuntimeException failure = null;
		for (Future<?> group : groups) {
			failure = awaitGroup(group, failure);
		}
		if (!taken.isEmpty()) {
			holding(lease);
			folder.setFlags(taken.toArray(Message[]::new), new Flags(Flags.Flag.DELETED), true);
		}
		if (failure != null) {
			throw failure;
		}
		return taken.size();
	}

	/** Renews the mailbox's lease; stops the read when another node has it now. */
	private void holding(String lease) {
		if (!leases.renew(lease, settings.pollLease())) {
			throw new TemporaryMailFailure("another node reads the mailbox now", null);
		}
	}

	private static RuntimeException awaitGroup(Future<?> group, RuntimeException earlier) {
		try {
			group.get();
			return earlier;
		}
		catch (ExecutionException ex) {
			return ex.getCause() instanceof RuntimeException runtime ? runtime
					: new TemporaryMailFailure("a message could not be read from the mailbox", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new TemporaryMailFailure("interrupted", ex);
		}
	}

	/**
	 * The message's bytes, or null when it is marked taken already or its bytes cannot be read: then it stays on the
	 * server and the others go on. Only a lost connection stops the chunk, since no other message can be read either.
	 */
	private static byte[] unlessTaken(Message message, Account account) {
		try {
			return message.isSet(Flags.Flag.DELETED) ? null : raw(message);
		}
		catch (FolderClosedException | StoreClosedException lost) {
			throw new TemporaryMailFailure("the connection to the mailbox was lost", lost);
		}
		catch (MessagingException | IOException | RuntimeException unreadable) {
			log.warn("mailbox {}: message {} cannot be fetched, it stays on the server: {}", account.name(),
					message.getMessageNumber(), unreadable.toString());
			return null;
		}
	}

	private static byte[] raw(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}
}
