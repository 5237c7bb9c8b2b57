package io.ticketflow.ticket;

import io.ticketflow.rights.Rights;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.ticket.internal.Queue;
import io.ticketflow.ticket.internal.QueueRepository;
import io.ticketflow.ticket.internal.TicketViews;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queues tickets wait in, each worked by one group of agents. */
@Service
@Transactional
public class Queues {

	private final QueueRepository queues;

	private final Rights rights;

	private final Clock clock;

	private final TicketSettings settings;

	Queues(QueueRepository queues, Rights rights, Clock clock, TicketSettings settings) {
		this.settings = settings;
		this.queues = queues;
		this.rights = rights;
		this.clock = clock;
	}

	public QueueView create(String actor, QueueView queue) {
		rights.requireAdmin(actor);
		if (queues.findByName(queue.name()).isPresent()) {
			throw new InvalidInputException("name", "a queue named " + queue.name() + " exists already");
		}
		return TicketViews.of(queues.save(new Queue(queue.name(), queue.group(), queue.followUpPolicy(), queue.email(),
				clock.instant())), settings.triageQueue());
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return queues.findByName(name).isPresent();
	}
}
