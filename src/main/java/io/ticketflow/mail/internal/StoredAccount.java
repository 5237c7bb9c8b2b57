package io.ticketflow.mail.internal;

import io.ticketflow.mail.MailSettings.Account;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mailbox an administrator added. */
@Entity
@Table(name = "mail_account")
public class StoredAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String protocol;

	private String host;

	private int port;

	private String username;

	private String password;

	private String folder;

	private String queue;

	private boolean trusted;

	private String createdBy;

	private Instant createdAt;

	protected StoredAccount() {
	}

	public StoredAccount(Account account, String admin, Instant at) {
		this.name = account.name();
		this.protocol = account.protocol();
		this.host = account.host();
		this.port = account.port();
		this.username = account.username();
		this.password = account.password();
		this.folder = account.folder();
		this.queue = account.queue();
		this.trusted = account.trusted();
		this.createdBy = admin;
		this.createdAt = at;
	}

	public Account account() {
		return new Account(name, protocol, host, port, username, password, folder, queue, trusted);
	}
}
