package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.shared.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerController {

	private final Customers customers;

	CustomerController(Customers customers) {
		this.customers = customers;
	}

	@PostMapping
	@Operation(summary = "Register a customer; the company is created on first mention")
	ResponseEntity<CustomerView> register(@Valid @RequestBody NewCustomer customer) {
		CustomerView registered = customers.register(customer);
		return ResponseEntity.created(URI.create("/api/customers?email=" + registered.email())).body(registered);
	}

	@GetMapping
	@Operation(summary = "Find a customer by e-mail address")
	CustomerView byEmail(@RequestParam String email) {
		return customers.byEmail(email).orElseThrow(() -> new NotFoundException("no customer " + email));
	}
}
