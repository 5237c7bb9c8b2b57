package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.ticket.OwnAddresses;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The sender of the help desk's mail and the mailboxes it polls: the addresses customers write to. */
@Component
class HelpDeskAddresses implements OwnAddresses {

	private final MailSettings settings;

	private final MailAccounts accounts;

	HelpDeskAddresses(MailSettings settings, MailAccounts accounts) {
		this.settings = settings;
		this.accounts = accounts;
	}

	@Override
	public Set<String> all() {
		Set<String> own = new HashSet<>();
		own.add(settings.from().toLowerCase(Locale.ROOT));
		accounts.all().stream().map(MailSettings.Account::username).filter(name -> name.contains("@"))
			.map(name -> name.toLowerCase(Locale.ROOT)).forEach(own::add);
		return own;
	}
}
