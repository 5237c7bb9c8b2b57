package io.ticketflow.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers writing to the help desk through the embedded SMTP server, and what arrives in their mailboxes. */
public final class Mailboxes {

	static final String SUPPORT = "support@localhost";

	private final GreenMail server;

	public Mailboxes(GreenMail server) {
		this.server = server;
	}

	public static String customer() {
		return "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	public static String messageId() {
		return "<" + UUID.randomUUID() + "@example.com>";
	}

	/** The number of the newest ticket of a customer. */
	static String newestTicketOf(JdbcTemplate jdbc, String customer) {
		return jdbc.queryForObject("select t.number from ticketflow.ticket t join ticketflow.customer c "
				+ "on c.id = t.customer_id where c.email = ? order by t.id desc fetch first 1 rows only", String.class,
				customer);
	}

	/** A plain mail as a customer's client would write it. */
	public static byte[] mail(String from, String subject, String body, String messageId, String inReplyTo, String... headers) {
		StringBuilder raw = new StringBuilder();
		raw.append("From: Customer <").append(from).append(">\r\n");
		raw.append("To: ").append(SUPPORT).append("\r\n");
		raw.append("Subject: ").append(subject).append("\r\n");
		raw.append("Message-ID: ").append(messageId).append("\r\n");
		if (inReplyTo != null) {
			raw.append("In-Reply-To: ").append(inReplyTo).append("\r\nReferences: ").append(inReplyTo).append("\r\n");
		}
		Arrays.stream(headers).forEach(h -> raw.append(h).append("\r\n"));
		raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
		return raw.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Sends raw bytes over SMTP to the support mailbox. */
	public void send(byte[] raw) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw)) {
			@Override
			protected void updateMessageID() {
				// keep the Message-ID the customer's client chose
			}
		};
		Transport.send(message, new InternetAddress[] { new InternetAddress(SUPPORT) });
	}

	/** What the help desk sent to an address. */
	public List<MimeMessage> inbox(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
	}

	/** The text of a received message. */
	public static String body(MimeMessage message) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.getDataHandler().writeTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("unreadable message", ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("unreadable subject", ex);
		}
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}
}
