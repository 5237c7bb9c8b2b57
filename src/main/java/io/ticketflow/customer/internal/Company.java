package io.ticketflow.customer.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "company")
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameKey;

	private Instant createdAt;

	private boolean sensitive;

	protected Company() {
	}

	public Company(String name, Instant at) {
		this.name = name;
		this.nameKey = key(name);
		this.createdAt = at;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	/** What makes two spellings of a name one company: case and spaces do not count. */
	public static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	/** Quick to take offence: the help desk handles their tickets with care. */
	public boolean isSensitive() {
		return sensitive;
	}

	public void markSensitive(boolean mark) {
		sensitive = mark;
	}
}
