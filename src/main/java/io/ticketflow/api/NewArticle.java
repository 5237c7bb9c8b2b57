package io.ticketflow.api;

import io.ticketflow.ticket.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An article to add: an internal {@code note}, a {@code reply} to the customer, or a {@code customer} message taken
 * by phone or web (which is a follow-up like a customer's mail).
 *
 * @param minutes the time the agent spent, with a note or a reply (1 to 1440; none when absent)
 * @param to with a reply: the addresses it goes to instead of the customer's, at most 10
 * @param cc with a reply: addresses that get a copy (reply-all), at most 10
 * @param subject with a reply: its subject instead of the ticket's; the ticket's tag is added when it lacks it
 * @param nextState with a reply: the ticket's state after it, in the same step (OTRS's "next state")
 * @param pendingUntil with a pending next state: until when, ISO date and time
 */
record NewArticle(@NotNull Kind kind, @NotBlank @Size(max = Limits.BODY) String body, Integer minutes,
		@Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> to,
		@Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> cc,
		@Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "is one line") String subject,
		NextState nextState, @Size(max = 40) String pendingUntil) {

	enum Kind {
		note, reply, customer
	}

	/** The state a reply leaves the ticket in: as it is, closed, or pending. */
	enum NextState {
		open, closedSuccessful, closedUnsuccessful, pendingReminder, pendingAutoClose
	}
}
