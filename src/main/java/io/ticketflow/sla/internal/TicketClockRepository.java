package io.ticketflow.sla.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketClockRepository extends JpaRepository<TicketClock, Long> {
}
