package io.ticketflow.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mail channel's settings.
 *
 * @param from the sender of what the help desk mails, unless the ticket's queue has an address of its own
 * @param maxSize messages larger than this many bytes go to the quarantine
 * @param strangerPolicy what a mail to a ticket from somebody outside its conversation does
 * @param autoResponseDailyLimit automatic answers one recipient gets per day at most
 * @param accounts mailboxes polled for new messages, each delivering to a queue
 * @param pollLease how long a node may read a mailbox before another node may read it too (a node that dies while
 * reading leaves it to the others after this while)
 * @param claimFor how long a node has to send an outbox message it claimed before another node may send it
 * @param tlsTrust hosts (space-separated, or *) whose imaps/pop3s certificate is accepted as it is, e.g. a
 * self-signed internal server; for all others the JVM's trust store decides and the certificate must name the host
 */
@Validated
@ConfigurationProperties("ticketflow.mail")
public record MailSettings(
		@DefaultValue("support@localhost") @NotBlank String from,
		@DefaultValue("16777216") @Min(1024) long maxSize,
		@DefaultValue("internal") StrangerPolicy strangerPolicy,
		@DefaultValue("40") @Min(0) int autoResponseDailyLimit,
		@DefaultValue("PT10S") Duration pollInterval,
		@DefaultValue("PT5S") Duration dispatchInterval,
		@DefaultValue("10") @Min(1) int maxDeliveryAttempts,
		@DefaultValue("PT2M") Duration claimFor,
		@DefaultValue("PT10M") Duration pollLease,
		@DefaultValue("true") boolean schedule,
		@DefaultValue @Valid List<Account> accounts,
		String tlsTrust) {

	/**
	 * A mailbox: imap, imaps, pop3 or pop3s. Only a trusted one may set queue and priority through headers. What is
	 * left out takes its default however the mailbox is given: in the configuration or through the API. Without a
	 * queue, its mail goes to the triage queue of the ticket settings.
	 */
	public record Account(@NotBlank @Size(max = 100) String name, @DefaultValue("imap") String protocol,
			@NotBlank @Size(max = 255) String host, int port, @NotBlank @Size(max = 320) String username,
			@Size(max = 500) String password, @DefaultValue(INBOX) @Size(max = 200) String folder,
			@Size(max = 100) String queue, @DefaultValue("false") boolean trusted) {

		public static final String INBOX = "INBOX";

		public Account {
			protocol = protocol == null || protocol.isBlank() ? "imap" : protocol;
			folder = folder == null || folder.isBlank() ? INBOX : folder;
			queue = queue == null || queue.isBlank() ? null : queue;
		}
	}

	public enum StrangerPolicy {
		/** Kept on the ticket as an internal article: safe, nobody outside can write into a conversation. */
		INTERNAL,
		/** Treated like the customer's own follow-up. */
		FOLLOW_UP,
		/** Opens a ticket of its own. */
		NEW_TICKET
	}
}
