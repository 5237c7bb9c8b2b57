package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.TemporaryMailFailure;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches new messages from a mailbox. A message is deleted on the server only after it is safely in a ticket or
 * in the quarantine; a failure (database away) stops the batch and leaves the rest for the next poll. A crash in
 * between leaves a message that is kept already: taking it again finds it and changes nothing.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailIngestion ingestion;

	MailboxPoller(MailIngestion ingestion) {
		this.ingestion = ingestion;
	}

	/** Returns how many messages were taken (and removed from the mailbox). */
	public int poll(Account account) {
		Session session = Session.getInstance(new Properties());
		int taken = 0;
		try (Store store = session.getStore(account.protocol())) {
			store.connect(account.host(), account.port(), account.username(), account.password());
			Folder folder = store.getFolder(account.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.getMessages()) {
					if (message.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					ingestion.ingest(raw(message), account.name(), account.queue(), account.trusted());
					message.setFlag(Flags.Flag.DELETED, true);
					taken++;
				}
			}
			catch (TemporaryMailFailure ex) {
				log.warn("mailbox {}: stopped after {} messages, the rest waits: {}", account.name(), taken, ex.getMessage());
			}
			finally {
				folder.close(true);
			}
		}
		catch (MessagingException | IOException ex) {
			log.warn("mailbox {} cannot be read now: {}", account.name(), ex.getMessage());
		}
		return taken;
	}

	private static byte[] raw(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}
}
