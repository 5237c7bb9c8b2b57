package io.ticketflow.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases on work that one node at a time does for all nodes on one database, such as reading a mailbox. A node
 * takes a lease that is free, ran out or is its own, for a while; gives it back when done; a node that dies leaves
 * its lease to run out. Each step is one statement in a transaction of its own, so the database decides who has it.
 */
@Component
class Leases {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String node;

	Leases(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${ticketflow.node:local}") String node) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.node = node;
	}

	/** Takes the lease for this node for the given while; false when another node holds it. */
	boolean take(String name, Duration lease) {
		Instant now = clock.instant();
		Timestamp until = Timestamp.from(now.plus(lease));
		Integer renewed = transaction.execute(status -> jdbc.update(
				"update ticketflow.node_lease set node = ?, held_until = ? where name = ? and (held_until < ? or node = ?)", node, until, name,
				Timestamp.from(now), node));
		if (renewed != null && renewed == 1) {
			return true;
		}
		try {
			transaction.executeWithoutResult(status -> jdbc.update(
					"insert into ticketflow.node_lease (name, node, held_until) values (?, ?, ?)", name, node, until));
			return true;
		}
		catch (DataIntegrityViolationException held) {
			return false;
		}
	}

	/** Gives the lease back, if this node holds it: another node may take it at once. */
	void giveBack(String name) {
		transaction.executeWithoutResult(status -> jdbc.update(
				"update ticketflow.node_lease set held_until = ? where name = ? and node = ?", Timestamp.from(Instant.EPOCH), name, node));
	}
}
