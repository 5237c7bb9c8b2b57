package io.ticketflow.ticket.internal;

import io.ticketflow.ticket.TicketNumber;
import io.ticketflow.ticket.TicketSettings;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Hands out unique ticket numbers. Numbers come from blocks reserved in the database, so several application
 * nodes never share one; a restart leaves a gap, as OTRS's counter may.
 */
@Component
public class TicketNumberGenerator {

	private final TicketCounter counter;

	private final TicketSettings settings;

	private final Clock clock;

	private LocalDate day;

	private long next;

	private long last = -1;

	TicketNumberGenerator(TicketCounter counter, TicketSettings settings, Clock clock) {
		this.counter = counter;
		this.settings = settings;
		this.clock = clock;
	}

	public synchronized TicketNumber next() {
		LocalDate today = LocalDate.now(clock);
		if (!today.equals(day) || next > last) {
			last = reserve(today);
			next = last - settings.numberBlockSize() + 1;
			day = today;
		}
		return TicketNumber.of(today, settings.systemId(), next++);
	}

	private long reserve(LocalDate today) {
		try {
			return counter.reserve(today, settings.numberBlockSize());
		}
		catch (DuplicateKeyException raced) {
			return counter.reserve(today, settings.numberBlockSize());
		}
	}
}
