package io.ticketflow.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to register a customer; the company is created on first mention. */
public record NewCustomer(
		@NotBlank @Email @Size(max = 320) String email,
		@Size(max = 200) String name,
		@Size(max = 200) String company) {
}
