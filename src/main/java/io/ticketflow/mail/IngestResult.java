package io.ticketflow.mail;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What became of one inbound message.
 *
 * @param ticket the ticket that holds it, null when quarantined
 * @param reason why it was quarantined, or null
 */
public record IngestResult(Outcome outcome, String ticket, String reason) {

	public enum Outcome {
		NEW_TICKET, FOLLOW_UP, REOPENED, REJECTED, KEPT_INTERNAL, DUPLICATE, QUARANTINED;

		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
