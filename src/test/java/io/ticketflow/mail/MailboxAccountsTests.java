package io.ticketflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import io.ticketflow.HelpDesk;
import io.ticketflow.TicketflowTest;
import io.ticketflow.mail.internal.MailboxPoller;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Administrators add mailboxes with only what a mailbox needs; the rest takes the documented defaults. */
@TicketflowTest
class MailboxAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail server;

	@Autowired
	MailAccounts accounts;

	@Autowired
	MailboxPoller poller;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() throws Exception {
		new HelpDesk(context);
		server.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void tearDown() throws Exception {
		server.purgeEmailFromAllMailboxes();
	}

	@Test
	void anImapMailboxWithoutFolderReadsTheInbox() throws Exception {
		add("""
				{"name":"%s","protocol":"imap","host":"127.0.0.1","port":%d,"username":"%s","password":"%s"}"""
			.formatted(name(), server.getImap().getPort(), Mailboxes.SUPPORT, Mailboxes.SUPPORT))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.folder").value("INBOX"))
			.andExpect(jsonPath("$.queue").value("Raw"));
	}

	@Test
	void aPop3MailboxWithoutFolderReadsTheInboxAndIsPolled() throws Exception {
		String name = name();
		add("""
				{"name":"%s","protocol":"pop3","host":"127.0.0.1","port":%d,"username":"%s","password":"%s","queue":"Support"}"""
			.formatted(name, server.getPop3().getPort(), Mailboxes.SUPPORT, Mailboxes.SUPPORT))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.folder").value("INBOX"));
		String customer = Mailboxes.customer();
		new Mailboxes(server).send(Mailboxes.mail(customer, "Via an added POP3 box", "x", Mailboxes.messageId(), null));
		MailSettings.Account added = accounts.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
		assertThat(poller.poll(added)).isEqualTo(1);
		assertThat(Mailboxes.newestTicketOf(jdbc, customer)).isNotNull();
	}

	@Test
	void aPop3MailboxHasNoFolderButTheInbox() throws Exception {
		add("""
				{"name":"%s","protocol":"pop3","host":"127.0.0.1","port":110,"username":"u","folder":"Archive"}"""
			.formatted(name())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("folder"));
	}

	private ResultActions add(String body) throws Exception {
		return mvc.perform(post("/api/admin/mail/accounts").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("admin", "demo")));
	}

	private static String name() {
		return "box-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
