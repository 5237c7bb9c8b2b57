package io.ticketflow.benchmark;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.TicketflowApplication;
import io.ticketflow.mail.IngestResult.Outcome;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.internal.MailboxPoller;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application with its embedded GreenMail server on free ports and no mail schedule: the benchmark fills the
 * mailbox support@localhost by SMTP and calls the real {@link MailboxPoller} for the embedded account itself.
 */
final class MailSide implements AutoCloseable {

	static final String MAILBOX = "support@localhost";

	static final String ACCOUNT = "embedded";

	private final ConfigurableApplicationContext context;

	private final IngestClock clock;

	private final GreenMail server;

	private final MailboxPoller poller;

	private final Account account;

	private final int customers;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private int sequence;

	private MailSide(ConfigurableApplicationContext context, IngestClock clock, int customers) {
		this.context = context;
		this.clock = clock;
		this.customers = customers;
		this.server = context.getBean(GreenMail.class);
		this.poller = context.getBean(MailboxPoller.class);
		this.account = context.getBean(MailAccounts.class)
			.all()
			.stream()
			.filter(a -> a.name().equals(ACCOUNT))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no mail account " + ACCOUNT));
	}

	/**
	 * The daily limit of automatic answers per address is lifted, so that every mail of the few benchmark customers
	 * gets its auto-response written to the outbox, as the first mail of a real customer does.
	 */
	static MailSide start(String jdbcUrl, String user, int customers) {
		IngestClock clock = new IngestClock();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TicketflowApplication.class)
			.profiles("postgres")
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers(clock.initializer())
			.run(ApplicationSide.arguments(jdbcUrl, user, "--ticketflow.mail.schedule=false",
					"--ticketflow.mail.embedded.enabled=true", "--ticketflow.mail.embedded.smtp-port=0",
					"--ticketflow.mail.embedded.imap-port=0", "--ticketflow.mail.embedded.pop3-port=0",
					"--ticketflow.mail.auto-response-daily-limit=" + Integer.MAX_VALUE));
		return new MailSide(context, clock, customers);
	}

	/** Sends that many new mails over one SMTP connection and waits until all are in the mailbox. */
	void fill(int count) throws Exception {
		int before = inbox();
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
		Session session = Session.getInstance(properties);
		Address[] support = { new InternetAddress(MAILBOX) };
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			for (int i = 0; i < count; i++) {
				transport.sendMessage(new MimeMessage(session, new ByteArrayInputStream(mail(++sequence))), support);
			}
		}
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (inbox() < before + count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("only " + (inbox() - before) + " of " + count + " mails arrived");
			}
			Thread.sleep(10);
		}
	}

	/** A plain mail from one of the customers, with a Message-ID of its own. */
	private byte[] mail(int number) {
		int customer = number % customers + 1;
		String raw = "From: Customer " + customer + " <customer" + customer + "@example.com>\r\n"
				+ "To: " + MAILBOX + "\r\n"
				+ "Subject: Cannot log in, mail " + number + "\r\n"
				+ "Date: " + new MailDateFormat().format(new Date()) + "\r\n"
				+ "Message-ID: <" + run + "." + number + "@example.com>\r\n"
				+ "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Transfer-Encoding: 8bit\r\n"
				+ "\r\n"
				+ TicketTexts.BODY + "\r\n";
		return raw.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One call of the poller for the embedded account, timed from outside. Every message in the mailbox must have
	 * become a new ticket and been removed from the mailbox.
	 */
	Poll poll(int expected) throws FolderException {
		long start = System.nanoTime();
		clock.begin(start);
		int taken = poller.poll(account);
		long nanos = System.nanoTime() - start;
		IngestClock.Lap lap = clock.lap();
		int left = inbox();
		if (taken != expected || left != 0 || !lap.outcomes().equals(Map.of(Outcome.NEW_TICKET, expected))) {
			throw new IllegalStateException("poll took " + taken + " of " + expected + " mails, " + left
					+ " left in the mailbox, outcomes " + lap.outcomes());
		}
		return new Poll(nanos, lap);
	}

	private int inbox() throws FolderException {
		return server.getManagers()
			.getImapHostManager()
			.getInbox(server.getUserManager().getUser(MAILBOX))
			.getMessageCount();
	}

	/** Every mail of the run is a ticket, a kept raw message and an auto-response in the outbox. */
	void check(long expected) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<String, String> counts = Map.of("tickets", "select count(*) from ticketflow.ticket",
				"processed inbound mails", "select count(*) from ticketflow.inbound_mail where status = 'PROCESSED'",
				"auto-responses in the outbox",
				"select count(*) from ticketflow.outbox where automatic and recipient like 'customer%@example.com'");
		counts.forEach((what, sql) -> {
			long found = jdbc.queryForObject(sql, Long.class);
			if (found != expected) {
				throw new IllegalStateException(found + " " + what + ", expected " + expected);
			}
		});
	}

	@Override
	public void close() {
		context.close();
	}

	/** One poll: its wall time and what the clock saw of its messages. */
	record Poll(long nanos, IngestClock.Lap lap) {
	}
}
