package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.CustomerView;
import io.ticketflow.customer.Customers;
import io.ticketflow.customer.NewCustomer;
import io.ticketflow.shared.Language;
import io.ticketflow.ticket.CustomerLookup;
import io.ticketflow.ticket.SensitiveCustomers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerController {

	private final Customers customers;

	private final CustomerLookup lookup;

	private final SensitiveCustomers sensitive;

	CustomerController(Customers customers, CustomerLookup lookup, SensitiveCustomers sensitive) {
		this.customers = customers;
		this.lookup = lookup;
		this.sensitive = sensitive;
	}

	@PostMapping
	@Operation(summary = "Register a customer; the company is created on first mention (those who open tickets)")
	ResponseEntity<CustomerView> register(@Valid @RequestBody NewCustomer customer, Principal user) {
		CustomerView registered = customers.register(user.getName(), customer);
		return ResponseEntity.created(URI.create("/api/customers?email=" + registered.email())).body(registered);
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Customers whose address or name contains the text, at most ten, for a type-ahead "
			+ "(those who open tickets)")
	List<CustomerView> suggest(@RequestParam @NotBlank @Size(max = 100) String q, Principal user) {
		return customers.suggest(user.getName(), q);
	}

	@GetMapping
	@Operation(summary = "Find a customer by e-mail address (those who open tickets, or see one of the customer's)")
	CustomerView byEmail(@RequestParam String email, Principal user) {
		return lookup.byEmail(user.getName(), email);
	}

	@PutMapping("/language")
	@Operation(summary = "Set the language the help desk writes to a customer in: en or ru (administrators, and those "
			+ "who answer customers in a queue one of the customer's tickets is in, or anyone who opens tickets while the "
			+ "customer has none); found from the customer's first mail until set")
	CustomerView changeLanguage(@RequestParam String email, @Valid @RequestBody LanguageChoice choice, Principal user) {
		return sensitive.changeLanguage(user.getName(), email, Language.of(choice.language(), "language"));
	}

	@PutMapping("/sensitive")
	@Operation(summary = "Mark a customer sensitive (the seed's explosive customer), or take the mark away "
			+ "(administrators; agents of a queue one of the customer's tickets is in). Their open tickets get a history "
			+ "line and priority 4 at least; answers how many.")
	Sensitivity.Changed markSensitive(@RequestParam String email, @Valid @RequestBody Sensitivity mark,
			Principal user) {
		return new Sensitivity.Changed(mark.sensitive(), sensitive.markCustomer(user.getName(), email, mark.sensitive()));
	}

	record LanguageChoice(@NotBlank @Size(max = 8) String language) {
	}
}
