package io.ticketflow.customer;

import io.ticketflow.customer.internal.Company;
import io.ticketflow.customer.internal.CompanyRepository;
import io.ticketflow.customer.internal.Customer;
import io.ticketflow.customer.internal.CustomerRepository;
import io.ticketflow.customer.internal.Registrations;
import io.ticketflow.rights.Rights;
import io.ticketflow.shared.Databases;
import io.ticketflow.shared.InvalidInputException;
import io.ticketflow.shared.Language;
import io.ticketflow.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers and their companies; customers are known by their e-mail address. */
@Service
@Transactional
public class Customers {

	private final CustomerRepository customers;

	private final CompanyRepository companies;

	private final Registrations registrations;

	private final Rights rights;

	private final Clock clock;

	Customers(CustomerRepository customers, CompanyRepository companies, Registrations registrations, Rights rights, Clock clock) {
		this.clock = clock;
		this.rights = rights;
		this.customers = customers;
		this.companies = companies;
		this.registrations = registrations;
	}

	/** A customer registered by a person, e.g. before a ticket is taken by phone. */
	public CustomerView register(String actor, NewCustomer customer) {
		rights.requireMayRegisterCustomers(actor);
		return register(customer);
	}

	/** How many customers a type-ahead offers. */
	public static final int SUGGESTIONS = 10;

	/**
	 * The customers whose address or name contains the text, for those who open tickets by phone and look the caller
	 * up as they type.
	 */
	public List<CustomerView> suggest(String actor, String text) {
		rights.requireMayRegisterCustomers(actor);
		return customers.findMatching(Databases.containing(text), Limit.of(SUGGESTIONS)).stream().map(this::view).toList();
	}

	public CustomerView register(NewCustomer customer) {
		String email = normalize(customer.email());
		if (customers.findByEmail(email).isPresent()) {
			throw new InvalidInputException("email", "a customer with the e-mail " + email + " exists already");
		}
		Long companyId = companyOf(customer.company());
		return view(customers.save(new Customer(email, customer.name(), companyId, clock.instant())));
	}

	/**
	 * The customer of an inbound message: known ones are found, unknown senders become customers. The language the
	 * message is written in becomes the customer's when theirs is not known yet (their first mail).
	 */
	public CustomerView findOrRegister(String email, String name, Language written) {
		Customer customer = customers.findByEmail(normalize(email))
			.orElseGet(() -> customers.findById(onceMore(() -> registrations.customer(normalize(email), name))).orElseThrow());
		if (customer.language() == null) {
			customer.speaks(written.code());
		}
		return view(customer);
	}

	/** Sets the language the help desk writes to the customer in (those who open tickets for customers). */
	public CustomerView changeLanguage(String actor, String email, Language language) {
		rights.requireMayRegisterCustomers(actor);
		Customer customer = customers.findByEmail(normalize(email))
			.orElseThrow(() -> new NotFoundException("no customer " + email));
		customer.speaks(language.code());
		return view(customer);
	}

	/** A registration that lost a race finds the winner's row when tried again. */
	private static Long onceMore(java.util.function.Supplier<Long> registration) {
		try {
			return registration.get();
		}
		catch (DataIntegrityViolationException raced) {
			return registration.get();
		}
	}

	@Transactional(readOnly = true)
	public Optional<CustomerView> byEmail(String email) {
		return customers.findByEmail(normalize(email)).map(this::view);
	}

	/** Whether the customer, or their company, is marked sensitive. */
	@Transactional(readOnly = true)
	public boolean isSensitive(long customerId) {
		return customers.findById(customerId).map(c -> c.isSensitive() || (c.companyId() != null
				&& companies.findById(c.companyId()).map(Company::isSensitive).orElse(false))).orElse(false);
	}

	/**
	 * Marks a known customer sensitive or takes the mark away; returns whether it changed. Who may is the ticket
	 * domain's question (the agents of their tickets' queues), asked before.
	 */
	@Transactional
	public boolean markSensitive(String email, boolean sensitive) {
		Customer customer = customers.findByEmail(normalize(email))
			.orElseThrow(() -> new InvalidInputException("email", "unknown customer " + email));
		boolean changed = customer.isSensitive() != sensitive;
		customer.markSensitive(sensitive);
		return changed;
	}

	/** Marks a registered company (every customer of it) sensitive or takes the mark away; whether it changed. */
	@Transactional
	public boolean markCompanySensitive(String name, boolean sensitive) {
		Company company = name == null ? null : companies.findByKey(Company.key(name)).orElse(null);
		if (company == null) {
			throw new InvalidInputException("company", "unknown company " + name);
		}
		boolean changed = company.isSensitive() != sensitive;
		company.markSensitive(sensitive);
		return changed;
	}

	/** A registered company's name as it is kept, found by a name written in any case or spacing. */
	@Transactional(readOnly = true)
	public Optional<String> companyNamed(String name) {
		return name == null || name.isBlank() ? Optional.empty()
				: companies.findByKey(Company.key(name)).map(Company::name);
	}

	/** Just the id of a known customer, without reading the company. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String email) {
		return customers.findByEmail(normalize(email)).map(Customer::id);
	}

	@Transactional(readOnly = true)
	/** Only the address, without reading the company: what most views of a ticket need. */
	public String emailOf(long id) {
		return customers.findById(id).map(Customer::email)
				.orElseThrow(() -> new NotFoundException("no customer with id " + id));
	}

	/** The addresses of several customers at once, by id (a list of tickets names each ticket's customer). */
	@Transactional(readOnly = true)
	public Map<Long, String> emailsOf(Collection<Long> ids) {
		return customers.findAllById(Set.copyOf(ids)).stream()
			.collect(Collectors.toMap(Customer::id, Customer::email));
	}

	/** The customers a search for the text finds by their address, name or company: their ids, newest first. */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(String text, int limit) {
		String pattern = Databases.containing(text);
		return Stream.concat(customers.idsByAddressOrName(pattern, Limit.of(limit)).stream(),
				customers.idsOfCompaniesMatching(pattern, Limit.of(limit)).stream())
			.distinct().sorted(Comparator.reverseOrder()).limit(limit).toList();
	}

	/** The ids of the customers of a company, however its name is spelt. */
	@Transactional(readOnly = true)
	public List<Long> idsOfCompany(String company) {
		return customers.idsOfCompany(Company.key(company));
	}

	/** The companies whose name contains the text (all when it is empty), with their number of customers. */
	@Transactional(readOnly = true)
	public List<CompanyView> companies(String actor, String text) {
		rights.requireMayRegisterCustomers(actor);
		return companies.findMatching(Databases.containing(text == null ? "" : text), Limit.of(COMPANIES)).stream()
			.map(c -> new CompanyView(c.getId(), c.getName(), c.getCustomers())).toList();
	}

	/** How many companies a list shows at most. */
	public static final int COMPANIES = 200;

	public CustomerView byId(long id) {
		return customers.findById(id).map(this::view)
				.orElseThrow(() -> new NotFoundException("no customer with id " + id));
	}

	private Long companyOf(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return onceMore(() -> registrations.company(name.strip()));
	}

	private CustomerView view(Customer customer) {
		String company = customer.companyId() == null ? null
				: companies.findById(customer.companyId()).map(Company::name).orElse(null);
		return new CustomerView(customer.id(), customer.email(), customer.name(), company,
				customer.language() == null ? null : Language.of(customer.language(), "language"));
	}

	/** Addresses are compared without surrounding blanks and case. */
	public static String normalize(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}
}
