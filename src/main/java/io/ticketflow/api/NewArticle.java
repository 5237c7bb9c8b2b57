package io.ticketflow.api;

import io.ticketflow.ticket.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An article to add: an internal {@code note}, a {@code reply} to the customer, or a {@code customer} message taken
 * by phone or web (which is a follow-up like a customer's mail).
 *
 * @param minutes the time the agent spent, with a note or a reply (1 to 1440; none when absent)
 * @param cc with a reply: addresses that get a copy (reply-all), at most 10
 */
record NewArticle(@NotNull Kind kind, @NotBlank @Size(max = Limits.BODY) String body, Integer minutes,
		@Size(max = 10) List<@NotBlank @Email @Size(max = 320) String> cc) {

	enum Kind {
		note, reply, customer
	}
}
