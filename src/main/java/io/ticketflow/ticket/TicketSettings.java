package io.ticketflow.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
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
 * @param unlockAfter how long an agent's work on a ticket may lie untouched before it goes back to the queue
 * (OTRS's unlock timeout); zero, the default, means never
 * @param confirmClosingParents whether an agent closing a ticket whose child tickets are still open must confirm it
 * (OTRS's behaviour); false closes it without asking
 * @param timeAccountingRequired whether every agent's note and reply must say the minutes spent (OTRS's
 * "NeedAccountedTime"); by default they may
 */
@Validated
@ConfigurationProperties("ticketflow.tickets")
public record TicketSettings(
		@DefaultValue("10") @Min(0) @Max(99) int systemId,
		@DefaultValue("20") @Min(1) @Max(1000) int numberBlockSize,
		@DefaultValue("Raw") String triageQueue,
		@DefaultValue("ticketflow.localhost") String mailDomain,
		@DefaultValue("0s") Duration unlockAfter,
		@DefaultValue("true") boolean confirmClosingParents,
		@DefaultValue("false") boolean timeAccountingRequired) {
}
