package io.ticketflow.mail.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailSettings.Account;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.rights.Rights;
import io.ticketflow.ticket.TicketSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded mail server of the default run: GreenMail with SMTP, IMAP and POP3 on localhost, where any mailbox
 * is read with its address as login and password. The help desk polls support@localhost and sends through it.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	static final String MAILBOX = "support@localhost";

	@Bean(initMethod = "start", destroyMethod = "stop")
	@ConditionalOnProperty(name = "ticketflow.mail.embedded.enabled", havingValue = "true")
	GreenMail embeddedMailServer(@Value("${ticketflow.mail.embedded.smtp-port:3025}") int smtp,
			@Value("${ticketflow.mail.embedded.imap-port:3143}") int imap,
			@Value("${ticketflow.mail.embedded.pop3-port:3110}") int pop3) {
		return new GreenMail(new ServerSetup[] { setup(smtp, ServerSetup.PROTOCOL_SMTP),
				setup(imap, ServerSetup.PROTOCOL_IMAP), setup(pop3, ServerSetup.PROTOCOL_POP3) })
			.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, MAILBOX));
	}

	/** Port 0 picks a free port, as the tests do. */
	private static ServerSetup setup(int port, String protocol) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
		return port == 0 ? setup.dynamicPort() : setup;
	}

	@Bean
	@ConditionalOnProperty(name = "ticketflow.mail.embedded.enabled", havingValue = "true")
	JavaMailSender embeddedMailSender(GreenMail server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(server.getSmtp().getPort());
		return sender;
	}

	@Bean
	MailAccounts mailAccounts(MailSettings settings, ObjectProvider<GreenMail> embedded, StoredAccountRepository stored,
			Rights rights, Clock clock, TicketSettings tickets) {
		List<Account> fixed = new ArrayList<>(settings.accounts());
		GreenMail server = embedded.getIfAvailable();
		if (server != null) {
			fixed.add(new Account("embedded", "imap", "127.0.0.1", server.getImap().getPort(), MAILBOX, MAILBOX, "INBOX",
					null, false));
		}
		return new MailAccounts(fixed, stored, rights, clock, tickets.triageQueue());
	}
}
