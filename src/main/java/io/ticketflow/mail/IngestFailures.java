package io.ticketflow.mail;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot work now (no connection, a deadlock, a lock timeout) from a message the database
 * refuses. The first passes and the message is tried again later; the second would fail the same way forever, so
 * the message goes to the quarantine.
 */
final class IngestFailures {

	/**
	 * SQL states of a connection lost, a transaction rolled back for a conflict, no resources, a server going down,
	 * a lock timeout (H2).
	 */
	private static final List<String> TEMPORARY_STATES = List.of("08", "40", "53", "57", "HYT");

	private IngestFailures() {
	}

	static boolean isTemporary(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientException || t instanceof SQLRecoverableException
					|| (t instanceof SQLException sql && temporaryState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Why the message was set aside, for administrators: no SQL and no class names, the log has the details. */
	static String reason(Throwable failure) {
		if (failure instanceof DataIntegrityViolationException) {
			return "the database refused a value of this message (too long, or not allowed); see the log";
		}
		if (failure instanceof StackOverflowError) {
			return "the message is nested too deeply to be read";
		}
		return "the message could not be taken because of an unexpected error; see the log";
	}

	private static boolean temporaryState(String state) {
		return state != null && TEMPORARY_STATES.stream().anyMatch(state::startsWith);
	}
}
