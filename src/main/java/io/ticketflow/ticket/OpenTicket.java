package io.ticketflow.ticket;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new ticket taken by phone or from a web form.
 *
 * @param queue optional; without it the ticket waits for triage
 * @param priority optional, 1 (very low) to 5 (very high); 3 when absent
 * @param channel phone or web; phone when absent
 */
public record OpenTicket(
		@NotBlank @Email @Size(max = 320) String customer,
		@NotBlank @Size(max = 255) String title,
		@NotBlank @Size(max = Limits.BODY) String body,
		@Size(max = 100) String queue,
		@Min(1) @Max(5) Integer priority,
		Channel channel) {
}
