package io.ticketflow.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.mail.IngestResult;
import io.ticketflow.mail.MailAccounts;
import io.ticketflow.mail.MailAdministration;
import io.ticketflow.mail.MailIngestion;
import io.ticketflow.mail.MailSettings;
import io.ticketflow.mail.TemporaryMailFailure;
import io.ticketflow.rights.Rights;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mail over HTTP: the MTA's pipe into the help desk (like OTRS's PostMaster), and the administrators' view of the
 * quarantine and the outbox.
 */
@RestController
@Tag(name = "Mail")
class MailController {

	private final MailIngestion ingestion;

	private final MailAdministration administration;

	private final Rights rights;

	private final MailAccounts accounts;

	MailController(MailIngestion ingestion, MailAdministration administration, Rights rights, MailAccounts accounts) {
		this.ingestion = ingestion;
		this.administration = administration;
		this.rights = rights;
		this.accounts = accounts;
	}

	@PostMapping(path = "/api/mail/inbound", consumes = { "message/rfc822", MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Take one raw RFC 822 message, as an MTA pipes it: 201 in a ticket (a duplicate too), 202 in "
			+ "the quarantine with its reason; 503 only when the database can keep nothing: deliver it again later")
	ResponseEntity<IngestResult> inbound(@RequestBody(required = false) byte[] raw,
			@RequestParam(required = false) String queue, Principal user) {
		rights.requireAdmin(user.getName());
		IngestResult result = ingestion.ingest(raw, "pipe:" + user.getName(), queue, true);
		if (result.ticket() == null) {
			return ResponseEntity.accepted().body(result);
		}
		return ResponseEntity.created(URI.create("/api/tickets/" + result.ticket())).body(result);
	}

	@GetMapping("/api/admin/mail/accounts")
	@Operation(summary = "The mailboxes the help desk polls (passwords are never shown)")
	List<MailAccounts.AccountView> accounts(Principal user) {
		return accounts.list(user.getName());
	}

	@PostMapping("/api/admin/mail/accounts")
	@Operation(summary = "Add a mailbox to poll: imap, imaps, pop3 or pop3s, delivering to a queue")
	ResponseEntity<MailAccounts.AccountView> addAccount(@Valid @RequestBody MailSettings.Account account,
			Principal user) {
		return ResponseEntity.created(URI.create("/api/admin/mail/accounts")).body(accounts.add(user.getName(), account));
	}

	@GetMapping("/api/admin/mail/quarantine")
	@Operation(summary = "Messages that could not become articles, with the reason; their bytes are kept")
	List<MailAdministration.QuarantinedMail> quarantine(Principal user) {
		return administration.quarantine(user.getName());
	}

	@GetMapping(path = "/api/admin/mail/quarantine/{id}/raw", produces = "message/rfc822")
	@Operation(summary = "A quarantined message exactly as it was received")
	byte[] raw(@PathVariable long id, Principal user) {
		return administration.raw(user.getName(), id);
	}

	@PostMapping("/api/admin/mail/quarantine/{id}/reprocess")
	@Operation(summary = "Try a quarantined message again")
	IngestResult reprocess(@PathVariable long id, @RequestParam(required = false) String queue, Principal user) {
		return administration.reprocess(user.getName(), id, queue);
	}

	@GetMapping("/api/admin/mail/outbox")
	@Operation(summary = "Outgoing mail by status: pending, sent or failed")
	List<MailAdministration.OutgoingMail> outbox(@RequestParam(defaultValue = "failed") String status, Principal user) {
		return administration.outbox(user.getName(), status);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> temporary(TemporaryMailFailure ex) {
		ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "mail-temporarily-refused",
				"Try again later", "The message could not be kept now; nothing was written. Deliver it again later.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").body(problem);
	}
}
