package io.ticketflow.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ticket domain.
 *
 * @param systemId the two-digit system id inside every ticket number (OTRS's SystemID)
 * @param numberBlockSize how many ticket numbers a node reserves at once
 * @param triageQueue the queue where new tickets without a queue wait for a dispatcher
 * @param mailDomain the domain part of the Message-IDs of the mails the help desk sends
 */
@Validated
@ConfigurationProperties("ticketflow.tickets")
public record TicketSettings(
		@DefaultValue("10") @Min(0) @Max(99) int systemId,
		@DefaultValue("20") @Min(1) @Max(1000) int numberBlockSize,
		@DefaultValue("Raw") String triageQueue,
		@DefaultValue("ticketflow.localhost") String mailDomain) {
}
