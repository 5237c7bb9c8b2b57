package io.ticketflow.sla.internal;

import io.ticketflow.sla.DeadlineKind;
import io.ticketflow.sla.EscalationLevel;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationNoticeRepository extends JpaRepository<EscalationNotice, Long> {

	boolean existsByTicketIdAndDeadlineAndLevelAndStarted(long ticketId, DeadlineKind deadline, EscalationLevel level,
			Instant started);
}
