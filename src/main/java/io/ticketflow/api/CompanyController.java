package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.CompanyView;
import io.ticketflow.customer.Customers;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies")
@Tag(name = "Customers")
class CompanyController {

	private final Customers customers;

	CompanyController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	@Operation(summary = "Companies whose name contains q (every company without it), at most 200, by name, each with "
			+ "its number of customers; a company's tickets are GET /api/tickets?company=… (those who open tickets)")
	List<CompanyView> companies(@RequestParam(required = false) @Size(max = 200) String q, Principal user) {
		return customers.companies(user.getName(), q);
	}
}
