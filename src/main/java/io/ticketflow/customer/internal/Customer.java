package io.ticketflow.customer.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "customer")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	private Long companyId;

	private Instant createdAt;

	private boolean sensitive;

	/** The language the help desk writes to the customer in (a code of Language); null until known. */
	private String language;

	protected Customer() {
	}

	public Customer(String email, String name, Long companyId, Instant at) {
		this.email = email;
		this.name = name;
		this.companyId = companyId;
		this.createdAt = at;
	}

	public Long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Long companyId() {
		return companyId;
	}

	public String language() {
		return language;
	}

	public void speaks(String code) {
		language = code;
	}

	/** Quick to take offence: the help desk handles their tickets with care. */
	public boolean isSensitive() {
		return sensitive;
	}

	public void markSensitive(boolean mark) {
		sensitive = mark;
	}
}
