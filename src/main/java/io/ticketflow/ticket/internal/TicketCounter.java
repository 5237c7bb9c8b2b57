package io.ticketflow.ticket.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The persistent daily counter behind ticket numbers; hands out blocks so that not every ticket waits for it. */
@Component
public class TicketCounter {

	private final JdbcTemplate jdbc;

	TicketCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves {@code size} numbers of the day in a transaction of its own, so that the row lock is held only
	 * for this short update; returns the last number of the block. Throws DuplicateKeyException when another
	 * node created the day's row at the same moment: the caller tries again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long reserve(LocalDate day, int size) {
		int updated = jdbc.update("update ticketflow.ticket_counter set last_value = last_value + ? where counter_day = ?",
				size, day);
		if (updated == 0) {
			jdbc.update("insert into ticketflow.ticket_counter (counter_day, last_value) values (?, ?)", day, size);
			return size;
		}
		return jdbc.queryForObject("select last_value from ticketflow.ticket_counter where counter_day = ?", Long.class, day);
	}
}
