package io.ticketflow.mail;

import io.ticketflow.mail.MailSettings.Account;
import java.util.ArrayList;
import java.util.List;

/** The mailboxes the help desk reads: the configured ones, and the embedded server's when it runs. */
public record MailAccounts(List<Account> all) {

	public MailAccounts {
		all = List.copyOf(all);
	}

	public MailAccounts with(Account account) {
		List<Account> more = new ArrayList<>(all);
		more.add(account);
		return new MailAccounts(more);
	}
}
