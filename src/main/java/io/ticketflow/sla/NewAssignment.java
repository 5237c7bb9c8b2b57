package io.ticketflow.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Gives a service level to a queue (its name), a company (its name) or a customer (their address). */
public record NewAssignment(@NotNull AssignedTo to, @NotBlank @Size(max = 320) String target,
		@NotBlank @Size(max = 100) String serviceLevel) {
}
