package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.CompanyView;
import io.ticketflow.customer.Customers;
import io.ticketflow.ticket.SensitiveCustomers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies")
@Tag(name = "Customers")
class CompanyController {

	private final Customers customers;

	private final SensitiveCustomers sensitive;

	CompanyController(Customers customers, SensitiveCustomers sensitive) {
		this.customers = customers;
		this.sensitive = sensitive;
	}

	@GetMapping
	@Operation(summary = "Companies whose name contains q (every company without it), at most 200, by name, each with "
			+ "its number of customers; a company's tickets are GET /api/tickets?company=… (those who open tickets)")
	List<CompanyView> companies(@RequestParam(required = false) @Size(max = 200) String q, Principal user) {
		return customers.companies(user.getName(), q);
	}

	@PutMapping("/{company}/sensitive")
	@Operation(summary = "Mark a company sensitive, every customer of it at once, or take the mark away "
			+ "(administrators; agents of a queue one of its customers' tickets is in); answers how many open tickets "
			+ "changed with it")
	Sensitivity.Changed markCompanySensitive(@PathVariable @Size(max = 200) String company,
			@Valid @RequestBody Sensitivity mark, Principal user) {
		return new Sensitivity.Changed(mark.sensitive(), sensitive.markCompany(user.getName(), company, mark.sensitive()));
	}
}
