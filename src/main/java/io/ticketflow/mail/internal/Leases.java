package io.ticketflow.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases on work that one node at a time does for all nodes on one database, such as reading a mailbox. A node
 * takes a lease that is free or ran out, for a while, and gives it back when done; while it holds it, nobody else
 * takes it, not even another thread of the same node. A node that dies leaves its lease to run out, unless it comes
 * back under the same name first: a new process of a node knows the old one is gone. Each step is one statement in
 * a transaction of its own, so the database decides who has it.
 */
@Component
class Leases {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String node;

	/** This process of the node. */
	private final String process = UUID.randomUUID().toString();

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
		Integer taken = transaction.execute(status -> jdbc.update("""
				update ticketflow.node_lease set node = ?, process = ?, held_until = ?
				where name = ? and (held_until < ? or (node = ? and process <> ?))""", node, process, until, name,
				Timestamp.from(now), node, process));
		if (taken != null && taken == 1) {
			return true;
		}
		try {
			transaction.executeWithoutResult(status -> jdbc.update(
					"insert into ticketflow.node_lease (name, node, process, held_until) values (?, ?, ?, ?)", name, node,
					process, until));
			return true;
		}
		catch (DataIntegrityViolationException held) {
			return false;
		}
	}

	/**
	 * Keeps the lease this process holds for the given while from now; false when another node took it in the
	 * meantime (this one's ran out), and then it is not this node's any more.
	 */
	boolean renew(String name, Duration lease) {
		Integer kept = transaction.execute(status -> jdbc.update(
				"update ticketflow.node_lease set held_until = ? where name = ? and process = ?",
				Timestamp.from(clock.instant().plus(lease)), name, process));
		return kept != null && kept == 1;
	}

	/** Gives the lease back, if this node holds it: another node may take it at once. */
	void giveBack(String name) {
		transaction.executeWithoutResult(status -> jdbc.update(
				"update ticketflow.node_lease set held_until = ? where name = ? and process = ?",
				Timestamp.from(Instant.EPOCH), name, process));
	}
}
